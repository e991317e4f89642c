using System.Globalization;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>A logged day's marker, with what a tooltip or a tester needs to know about it.</summary>
public sealed record ChartMarker(DateOnly Day, int Pain, ChartPoint At);
