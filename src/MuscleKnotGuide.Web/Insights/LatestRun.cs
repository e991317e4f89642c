namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The latest run of consecutive logged days: its first and last day. Stored with the person and kept by every diary
/// write (<see cref="LatestRunKeeper"/>), so the insights need not search a diary years back on every view.
/// </summary>
public sealed record LatestRun(DateOnly Start, DateOnly End)
{
    /// <summary>The run as the person's two columns keep it: null when either is empty (not known).</summary>
    public static LatestRun? Kept(DateOnly? start, DateOnly? end) =>
        start is { } first && end is { } last ? new LatestRun(first, last) : null;

    /// <summary>
    /// The run once an entry for <paramref name="day"/> is added, or null when only the diary can tell (nothing was
    /// kept before, in a diary that was not empty). <paramref name="dayBeforeLogged"/> matters for the day just before
    /// the run: the run then starts there, or joins an earlier run ending the day before it, whose start only the
    /// diary knows. After a gap it can only be false; were it true, the kept run would be wrong, and the diary is
    /// asked rather than trusted.
    /// </summary>
    /// <param name="diaryWasEmpty">True when the diary held no entry before this one: the run is then the day alone.</param>
    public static LatestRun? AfterAdding(LatestRun? run, DateOnly day, bool dayBeforeLogged, bool diaryWasEmpty) => run switch
    {
        _ when diaryWasEmpty => new LatestRun(day, day),
        null => null,
        _ when day > run.End.AddDays(1) => dayBeforeLogged ? null : new LatestRun(day, day),
        _ when day == run.End.AddDays(1) => run with { End = day },
        _ when day == run.Start.AddDays(-1) => dayBeforeLogged ? null : run with { Start = day },
        _ => run,
    };
}
