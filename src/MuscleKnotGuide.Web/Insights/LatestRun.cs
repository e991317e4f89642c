namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The latest run of consecutive logged days: its first and last day. Stored with the person and kept by every diary
/// write (<see cref="LatestRunKeeper"/>), so the insights need not search a diary years back on every view.
/// </summary>
public sealed record LatestRun(DateOnly Start, DateOnly End)
{
    /// <summary>
    /// The run once an entry for <paramref name="day"/> is added, or null when only the diary can tell: nothing was
    /// known before, or the day is the one just before the run, which may join it to an earlier run.
    /// </summary>
    public static LatestRun? AfterAdding(LatestRun? run, DateOnly day) => run switch
    {
        null => null,
        _ when day > run.End.AddDays(1) => new LatestRun(day, day),
        _ when day == run.End.AddDays(1) => run with { End = day },
        _ when day == run.Start.AddDays(-1) => null,
        _ => run,
    };
}
