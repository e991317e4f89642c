namespace MuscleKnotGuide.Web.Insights;

/// <summary>A logged day's marker (or, on a weekly chart, a week's average from its first day), with what a tester needs to know about it.</summary>
public sealed record ChartMarker(DateOnly Day, decimal Pain, ChartPoint At);
