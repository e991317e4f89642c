using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// Keeps <see cref="AppUser.RunStart"/> and <see cref="AppUser.RunEnd"/> true after each diary write, inside the
/// write's <see cref="DiaryWriteLock"/> turn, so two writes at once cannot each keep a run the other has changed.
/// Adding a day settles the run with one small read (the kept run, and whether the day before is logged) unless
/// it joins two runs; a deleted, moved or imported day, or a diary whose run is not known yet, is searched.
/// </summary>
public static class LatestRunKeeper
{
    /// <summary>After an entry for <paramref name="day"/> was added (saved, not yet committed).</summary>
    public static async Task AfterAddingAsync(DiaryDbContext db, string userId, DateOnly day, CancellationToken cancellationToken)
    {
        // One statement inside the write's turn: the kept run, and whether the day before is logged, which settles a
        // day added just before the run (filling in days one by one, as after a holiday) without a search.
        var dayBefore = day.AddDays(-1);
        var own = db.CheckInsOf(userId);
        var read = await db.Users.Where(u => u.Id == userId)
            .Select(u => new { u.RunStart, u.RunEnd, DayBeforeLogged = own.Any(c => c.Day == dayBefore) })
            .FirstOrDefaultAsync(cancellationToken);
        var stored = Known(read?.RunStart, read?.RunEnd);
        var run = LatestRun.AfterAdding(stored, day, read?.DayBeforeLogged ?? false) ?? await FindAsync(db, userId, cancellationToken);
        if (run != stored)
        {
            await StoreAsync(db, userId, run, cancellationToken);
        }
    }

    /// <summary>After entries were deleted, moved to another day or imported: the run as the diary now has it.</summary>
    public static async Task RecountAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken) =>
        await StoreAsync(db, userId, await FindAsync(db, userId, cancellationToken), cancellationToken);

    /// <summary>The stored run, or null when it is not known (a diary from before it was kept, or an empty one).</summary>
    public static async Task<LatestRun?> StoredAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken)
    {
        var stored = await db.Users.Where(u => u.Id == userId).Select(u => new { u.RunStart, u.RunEnd }).FirstOrDefaultAsync(cancellationToken);
        return Known(stored?.RunStart, stored?.RunEnd);
    }

    private static LatestRun? Known(DateOnly? start, DateOnly? end) =>
        start is { } first && end is { } last ? new LatestRun(first, last) : null;

    private static async Task<LatestRun?> FindAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken)
    {
        var latest = await db.CheckInsOf(userId).MaxAsync(c => (DateOnly?)c.Day, cancellationToken);
        return latest is { } end && await InsightsQuery.SearchRunStartAsync(db, userId, end, cancellationToken) is { } start
            ? new LatestRun(start, end)
            : null;
    }

    private static async Task StoreAsync(DiaryDbContext db, string userId, LatestRun? run, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            setters => setters.SetProperty(u => u.RunStart, run == null ? null : run.Start).SetProperty(u => u.RunEnd, run == null ? null : run.End),
            cancellationToken);
}
