using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Reports;

public sealed record ReportMethod(string Title, MethodFigure Figure);
