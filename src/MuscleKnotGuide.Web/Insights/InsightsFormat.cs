using System.Globalization;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>How insights write averages, shares and directions; days are written by <c>DayText</c>.</summary>
public static class InsightsFormat
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;



    /// <summary>"20 Nov", for axis labels.</summary>
    public static string ShortDay(DateOnly day) => DayText.Compact(day);


    /// <summary>One decimal place, half away from zero: 4.25 shows as 4.3 (the one way, <see cref="NumberText"/>).</summary>
    public static string Average(decimal value) => NumberText.Average(value);

    public static string Average(decimal? value, string none = "–") => NumberText.Average(value, none);

    public static string Percent(decimal share) => NumberText.Percent(share);

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

    public static string Tries(int count) => count == 1 ? "1 try" : count.ToString(English) + " tries";

    /// <summary>The person's own record of a method in one sentence.</summary>
    public static string Verdict(OwnEvidence evidence) => evidence switch
    {
        OwnEvidence.Helped => "Helped, by your own record.",
        OwnEvidence.DidNotHelp => "Did not help much, by your own record.",
        _ => "No ratings or relief recorded: ranked by next-day pain only.",
    };

    /// <summary>Why a rank follows the person's record when next-day pain points the other way.</summary>
    public static string Disagreement(MethodInsight method)
    {
        var difference = method.NextDayDifference!.Value;
        return method.OwnEvidence == OwnEvidence.Helped
            ? $"Your pain the next day was on average {Average(-difference)} points higher after days with it than after days without it. "
                + "It stays ranked by your own ratings and relief: you may have reached for it on your worse days."
            : $"Your pain the next day was on average {Average(difference)} points lower after days with it than after days without it, "
                + "but you did not rate it as helping at the time. It stays ranked by your own ratings: something else that day may explain the next-day figure.";
    }
}
