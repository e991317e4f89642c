namespace MuscleKnotGuide.Web.Insights;

/// <summary>The ranges a person can look back over; anything else falls back to the default.</summary>
public static class InsightsRange
{
    public const int Default = 30;

    public static IReadOnlyList<int> All { get; } = [30, 90, 365];

    public static int OrDefault(int? days) => days is { } d && All.Contains(d) ? d : Default;

    /// <summary>The range's days: <paramref name="days"/> calendar days ending today, today included.</summary>
    public static DateOnly FirstDay(DateOnly today, int days) => today.AddDays(-(days - 1));
}
