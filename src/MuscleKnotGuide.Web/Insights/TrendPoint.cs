namespace MuscleKnotGuide.Web.Insights;

/// <summary>One calendar day of the trend: its pain if logged, and the 7-day rolling average ending that day.</summary>
public sealed record TrendPoint(DateOnly Day, int? Pain, decimal? RollingAverage);
