using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// Reads what the insights need in two SQL queries whatever the diary's size: the days of the window (with their
/// methods, in one joined query) and the start of the current run of logged days, which may reach back years.
/// </summary>
public static class InsightsQuery
{
    /// <summary>
    /// The first day that any figure for a range needs: the range or the seek-care window, whichever is longer,
    /// plus the 6 days before it that the first day's 7-day average looks back over.
    /// </summary>
    public static DateOnly WindowStart(DateOnly today, int rangeDays) =>
        InsightsRange.FirstDay(today, Math.Max(rangeDays, SeekCareRules.LookbackDays)).AddDays(-(PainTrend.RollingDays - 1));

    /// <summary>The days' figures (<see cref="DayFigures"/>) from <see cref="WindowStart"/> to today, oldest first. One SQL query.</summary>
    public static async Task<IReadOnlyList<DayEntry>> LoadAsync(DiaryDbContext db, string userId, DateOnly today, int rangeDays, CancellationToken cancellationToken)
    {
        var from = WindowStart(today, rangeDays);
        var rows = await db.CheckInsOf(userId)
            .AsNoTracking()
            .Where(c => c.Day >= from && c.Day <= today)
            .OrderBy(c => c.Day)
            .ThenBy(c => c.Time)
            .Select(c => new
            {
                c.Day,
                c.PainLevel,
                c.WarningSymptoms,
                c.StoppedSleeping,
                c.StoppedActivities,
                c.AfterFallOrInjury,
                Methods = c.Methods.Select(m => new MethodUse(m.MethodSlug, m.PainBefore, m.PainAfter, m.Effect)).ToList(),
            })
            .ToListAsync(cancellationToken);

        return DayFigures.Combine(rows.Select(r => new DayEntry(r.Day, r.PainLevel, r.WarningSymptoms, r.Methods, r.StoppedSleeping, r.StoppedActivities, r.AfterFallOrInjury)));
    }

    /// <summary>
    /// The first day of the latest run of consecutive logged days on or before today, or null when nothing is logged.
    /// One SQL query using the (UserId, Day) index. Newest day first with a limit of one, so the database stops at the
    /// latest gap instead of checking every day ever logged (MAX() would; the benchmark's ten unbroken years still do).
    /// </summary>
    public static Task<DateOnly?> RunStartAsync(DiaryDbContext db, string userId, DateOnly today, CancellationToken cancellationToken) =>
        db.CheckInsOf(userId)
            .Where(c => c.Day <= today && !db.CheckIns.Any(previous => previous.UserId == userId && previous.Day == c.Day.AddDays(-1)))
            .OrderByDescending(c => c.Day)
            .Select(c => (DateOnly?)c.Day)
            .FirstOrDefaultAsync(cancellationToken);

    public static async Task<DiaryHistory> LoadHistoryAsync(DiaryDbContext db, string userId, DateOnly today, int rangeDays, CancellationToken cancellationToken)
    {
        var days = await LoadAsync(db, userId, today, rangeDays, cancellationToken);
        var runStart = await RunStartAsync(db, userId, today, cancellationToken);
        return new DiaryHistory(days, runStart);
    }

    /// <summary>The seek-care advice for a person today, e.g. right after they save a check-in. Two SQL queries.</summary>
    public static async Task<IReadOnlyList<SeekCareAdvice>> SeekCareAdviceAsync(DiaryDbContext db, string userId, DateOnly today, GuideLibrary library, CancellationToken cancellationToken)
    {
        var days = await LoadAsync(db, userId, today, SeekCareRules.LookbackDays, cancellationToken);
        var care = await CareContext.LoadAsync(db, userId, cancellationToken);
        return care.Advice(days, library.WarningSymptoms, today);
    }
}
