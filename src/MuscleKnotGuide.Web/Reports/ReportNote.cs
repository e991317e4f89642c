namespace MuscleKnotGuide.Web.Reports;

public sealed record ReportNote(DateOnly Day, string Text);
