namespace MuscleKnotGuide.Web.Insights;

/// <summary>What went with one method over the range. Averages are null when there was nothing to average.</summary>
public sealed record MethodInsight(
    MethodName Method,
    int DaysTried,
    decimal? AverageRelief,
    int ReliefTries,
    decimal? HelpedShare,
    int RatedTries,
    decimal? NextDayPainAfterTried,
    decimal? NextDayPainAfterNotTried,
    bool HasEnoughData)
{
    /// <summary>How much lower pain was on the day after trying it than on the day after not trying it; positive is better.</summary>
    public decimal? NextDayDifference => NextDayPainAfterTried is { } tried && NextDayPainAfterNotTried is { } notTried ? notTried - tried : null;
}
