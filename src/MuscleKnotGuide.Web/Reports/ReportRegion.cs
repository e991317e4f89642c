using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.Reports;

/// <summary>A body map region and on how many days of the report's range it was marked.</summary>
public sealed record ReportRegion(BodyRegion Region, int Days);
