using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Reports;

/// <summary>One method row of the doctor report: the guide's title and its figures over the report's range.</summary>
public sealed record ReportMethod(string Title, MethodFigure Figure);
