using System.Globalization;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>How insights write averages, shares and directions; days are written by <c>DayText</c>.</summary>
public static class InsightsFormat
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;



    /// <summary>"20 Nov", for axis labels.</summary>
    public static string ShortDay(DateOnly day) => day.ToString("d MMM", English);


    /// <summary>One decimal place, half away from zero: 4.25 shows as 4.3.</summary>
    public static string Average(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", English);

    public static string Average(decimal? value, string none = "–") => value is { } v ? Average(v) : none;

    public static string Percent(decimal share) => Math.Round(share * 100, 0, MidpointRounding.AwayFromZero).ToString("0", English) + "%";

    public static string Days(int count) => count == 1 ? "1 day" : count.ToString(English) + " days";

    /// <summary>This week against last week in words: "lower than last week (down 1.2)".</summary>
    public static string WeekComparison(InsightsSummary summary) => summary.Direction switch
    {
        WeekDirection.Down => $"lower than last week (down {Average(summary.LastWeekAverage!.Value - summary.ThisWeekAverage!.Value)})",
        WeekDirection.Up => $"higher than last week (up {Average(summary.ThisWeekAverage!.Value - summary.LastWeekAverage!.Value)})",
        WeekDirection.Same => "about the same as last week",
        _ => "no check-ins last week to compare with",
    };

    public static string DirectionWord(WeekDirection direction) => direction switch
    {
        WeekDirection.Down => "Down",
        WeekDirection.Up => "Up",
        WeekDirection.Same => "Same",
        _ => "Not enough data",
    };
}
