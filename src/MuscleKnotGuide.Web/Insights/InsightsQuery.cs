using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// Reads what the insights need in two SQL queries whatever the diary's size: the days of the window (with their
/// methods, in one joined query) and the person's row with what hangs on it (the kept run of logged days, the
/// "About you" history and the symptom answers). A third query searches the diary for the run's start only when
/// neither the window nor the kept run tells it.
/// </summary>
public static class InsightsQuery
{
    /// <summary>
    /// The first day that any figure for a range needs: the range or the seek-care window, whichever is longer,
    /// plus the 6 days before it that the first day's 7-day average looks back over.
    /// </summary>
    public static DateOnly WindowStart(DateOnly today, int rangeDays) =>
        InsightsRange.FirstDay(today, Math.Max(rangeDays, SeekCareRules.LookbackDays)).AddDays(-(PainTrend.RollingDays - 1));

    /// <summary>
    /// The days' figures (<see cref="DayFigures"/>) from <see cref="WindowStart"/> to today, oldest first. One SQL
    /// query, two for a window longer than <see cref="CheckInsWithMethods.OneQueryMaxDays"/>.
    /// </summary>
    /// <remarks>
    /// Through the check-in list's and the report's compiled flat join (<see cref="CheckInsWithMethods"/>): as a
    /// projection with a collection of methods, EF Core built a new delegate for every row read and walked the
    /// query's expression tree on every view (README, Benchmark).
    /// </remarks>
    public static async Task<IReadOnlyList<DayEntry>> LoadAsync(DiaryDbContext db, string userId, DateOnly today, int rangeDays, CancellationToken cancellationToken)
    {
        var checkIns = await CheckInsWithMethods.InRangeWithMethodsAsync(db, userId, WindowStart(today, rangeDays), today, cancellationToken);
        return DayFigures.Combine(checkIns);
    }

    /// <summary>
    /// The first day of the latest run of consecutive logged days on or before today, or null when nothing is logged.
    /// The run kept with the person (<see cref="LatestRunKeeper"/>) answers when it is known and ends by today; else
    /// the diary is searched (<see cref="SearchRunStartAsync"/>), e.g. for a diary not written since the run was kept.
    /// </summary>
    private static async Task<DateOnly?> RunStartAsync(DiaryDbContext db, string userId, DateOnly today, LatestRun? kept, CancellationToken cancellationToken) =>
        kept is { } run && run.End <= today
            ? run.Start
            : await SearchRunStartAsync(db, userId, today, cancellationToken);

    /// <summary>
    /// The first day of the latest run of consecutive logged days on or before <paramref name="onOrBefore"/>, searched
    /// in the diary. One SQL query using the (UserId, Day) index. On SQLite it searches by doubling
    /// (<see cref="RunStartSqlite"/>); elsewhere it takes the newest day whose day before is not logged, one index
    /// search per day of the run.
    /// </summary>
    public static async Task<DateOnly?> SearchRunStartAsync(DiaryDbContext db, string userId, DateOnly onOrBefore, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var found = await db.Database.SqlQueryRaw<string?>(RunStartSqlite, userId, onOrBefore.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .ToListAsync(cancellationToken);
            return found is [{ } day] ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }

        return await db.CheckInsOf(userId)
            .Where(c => c.Day <= onOrBefore && !db.CheckIns.Any(previous => previous.UserId == userId && previous.Day == c.Day.AddDays(-1)))
            .OrderByDescending(c => c.Day)
            .Select(c => (DateOnly?)c.Day)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The run's start by galloping back from the latest logged day: "good" is the earliest day known to start an
    /// unbroken run up to the latest; each step asks whether the <c>step</c> days just before it are all logged
    /// (their distinct count on the covering index), doubling the step while they are and halving it once they are
    /// not, until the step is 0. Ten unbroken years cost a few thousand index entries read in order and about 25
    /// searches, instead of one search with a <c>date()</c> per day of the run (timed in sqlite3 on the benchmark's
    /// diary: 1.6 → 0.8 ms). Days are stored as ISO text, so text comparison is date order.
    /// </summary>
    private const string RunStartSqlite = """
        WITH RECURSIVE search(good, step, ok) AS (
            SELECT latest, 1,
                (SELECT COUNT(DISTINCT Day) FROM CheckIns WHERE UserId = {0} AND Day >= date(latest, '-1 days') AND Day < latest) = 1
            FROM (SELECT MAX(Day) AS latest FROM CheckIns WHERE UserId = {0} AND Day <= {1})
            UNION ALL
            SELECT
                CASE WHEN ok THEN date(good, '-' || step || ' days') ELSE good END,
                CASE WHEN ok THEN step * 2 ELSE step / 2 END,
                (SELECT COUNT(DISTINCT Day) FROM CheckIns
                 WHERE UserId = {0}
                   AND Day >= date(CASE WHEN ok THEN date(good, '-' || step || ' days') ELSE good END,
                                   '-' || (CASE WHEN ok THEN step * 2 ELSE step / 2 END) || ' days')
                   AND Day < CASE WHEN ok THEN date(good, '-' || step || ' days') ELSE good END)
                = CASE WHEN ok THEN step * 2 ELSE step / 2 END
            FROM search WHERE good IS NOT NULL AND step > 0
        )
        SELECT good AS Value FROM search WHERE good IS NOT NULL AND step = 0
        """;

    /// <summary>The window's days, the run's start and the seek-care context: two SQL queries, three when the run is searched.</summary>
    public static async Task<DiaryHistory> LoadHistoryAsync(DiaryDbContext db, string userId, DateOnly today, int rangeDays, CancellationToken cancellationToken)
    {
        var days = await LoadAsync(db, userId, today, rangeDays, cancellationToken);
        var (kept, care) = await LoadPersonAsync(db, userId, cancellationToken);
        // Nothing logged in the window: no run reaches today or yesterday, so where the latest one starts does not matter.
        var runStart = days.Count == 0 ? null : RunStartWithin(days, WindowStart(today, rangeDays)) ?? await RunStartAsync(db, userId, today, kept, cancellationToken);
        return new DiaryHistory(days, runStart, care);
    }

    /// <summary>
    /// The person's row with what hangs on it, in one statement by the indexed person id: the kept run, the "About you"
    /// history (at most one row) and the symptom answers (one row each), joined flat and compiled once, as the check-in
    /// lists are (<see cref="CheckInsWithMethods"/>): read as a projection with a list of answers, EF Core walked the
    /// query's expression tree and built delegates on every view (README, Benchmark).
    /// </summary>
    private static async Task<(LatestRun? Kept, CareContext Care)> LoadPersonAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken)
    {
        PersonRow? first = null;
        var checks = new List<SymptomCheck>();
        await foreach (var row in PersonQuery.For(db)(db, userId).WithCancellation(cancellationToken))
        {
            first ??= row;
            if (row.Check is { } check)
            {
                checks.Add(check);
            }
        }

        return first is null
            ? (null, CareContext.None)
            : (LatestRun.Kept(first.RunStart, first.RunEnd), new CareContext(first.Risk, checks));
    }

    private static readonly CompiledPerModel<Func<DiaryDbContext, string, IAsyncEnumerable<PersonRow>>> PersonQuery = new(() =>
        EF.CompileAsyncQuery((DiaryDbContext db, string userId) => (
                from user in db.Users.Where(u => u.Id == userId)
                from risk in db.RiskHistories.Where(r => r.UserId == user.Id).DefaultIfEmpty()
                from check in db.SymptomChecks.Where(c => c.UserId == user.Id).DefaultIfEmpty()
                select new PersonRow { RunStart = user.RunStart, RunEnd = user.RunEnd, Risk = risk, Check = check })
            .AsNoTracking()));

    /// <summary>
    /// The start of the latest run when the loaded window already shows it: the run of consecutive days ending at the
    /// window's latest day begins after <paramref name="windowStart"/>, so the day before it was loaded and is not
    /// logged. Null when the window cannot tell (nothing loaded, or the run reaches the window's first day); then
    /// <see cref="RunStartAsync"/> asks the database. Saves that query for every diary with a gap in the window.
    /// </summary>
    /// <param name="days">One entry per logged day from <paramref name="windowStart"/> to today, oldest first.</param>
    public static DateOnly? RunStartWithin(IReadOnlyList<DayEntry> days, DateOnly windowStart)
    {
        if (days.Count == 0)
        {
            return null;
        }

        var index = days.Count - 1;
        while (index > 0 && days[index - 1].Day == days[index].Day.AddDays(-1))
        {
            index--;
        }

        var start = days[index].Day;
        return start > windowStart ? start : null;
    }

    /// <summary>The seek-care advice for a person today, e.g. right after they save a check-in. Two SQL queries.</summary>
    public static async Task<IReadOnlyList<SeekCareAdvice>> SeekCareAdviceAsync(DiaryDbContext db, string userId, DateOnly today, GuideLibrary library, CancellationToken cancellationToken)
    {
        var days = await LoadAsync(db, userId, today, SeekCareRules.LookbackDays, cancellationToken);
        var (_, care) = await LoadPersonAsync(db, userId, cancellationToken);
        return care.Advice(days, library.WarningSymptoms, today);
    }
}
