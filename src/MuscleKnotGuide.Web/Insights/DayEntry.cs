namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// One logged day (or, before <see cref="CheckIns.DayFigures.Combine"/>, one entry of it) as the insights need it: the pain, the warning symptoms ticked, the methods tried and the optional
/// answers to "did pain stop you sleeping / doing your usual activities?" and "did this start after a fall or injury?"
/// (null when not answered).
/// </summary>
public sealed record DayEntry(
    DateOnly Day,
    int Pain,
    IReadOnlyList<string> SymptomCodes,
    IReadOnlyList<MethodUse> Methods,
    bool? StoppedSleeping = null,
    bool? StoppedActivities = null,
    bool? AfterFallOrInjury = null,
    int? Worst = null,
    int? Best = null)
{
    /// <summary>The highest pain of the day's entries; the severe-pain rules use it. Equal to <see cref="Pain"/> for a one-entry day.</summary>
    public int WorstPain => Worst ?? Pain;

    /// <summary>The lowest pain of the day's entries; the chart's range band starts here. Equal to <see cref="Pain"/> for a one-entry day.</summary>
    public int BestPain => Best ?? Pain;

    public DayEntry(DateOnly day, int pain)
        : this(day, pain, [], [])
    {
    }
}
