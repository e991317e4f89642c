using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// Keeps <see cref="AppUser.RunStart"/> and <see cref="AppUser.RunEnd"/> true after each diary write, inside the
/// write's <see cref="DiaryWriteLock"/> turn, so two writes at once cannot each keep a run the other has changed.
/// Adding a day settles the run from the write's own read before it saved (<see cref="DiaryBeforeSave"/>) unless it
/// joins two runs; a deleted, moved or imported day, or a diary whose run is not known yet, is searched.
/// </summary>
public static class LatestRunKeeper
{
    /// <summary>
    /// After an entry for <paramref name="before"/>'s day was added (saved, not yet committed), from what the write
    /// read before it saved: no read of its own unless the diary must be searched.
    /// </summary>
    public static async Task AfterAddingAsync(DiaryDbContext db, string userId, DiaryBeforeSave before, CancellationToken cancellationToken)
    {
        // An edit's read counts the edited entry in the diary, so it cannot tell whether the diary was empty.
        if (!before.IsNew)
        {
            throw new ArgumentException("Only a new entry's read settles the run; after an edit that moves the day, recount.", nameof(before));
        }

        var run = LatestRun.AfterAdding(before.Run, before.Day, before.DayBeforeLogged, diaryWasEmpty: before.Entries == 0)
            ?? await FindAsync(db, userId, cancellationToken);
        if (run != before.Run)
        {
            await StoreAsync(db, userId, run, cancellationToken);
        }
    }

    /// <summary>After entries were deleted, moved to another day or imported: the run as the diary now has it.</summary>
    public static async Task RecountAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken) =>
        await StoreAsync(db, userId, await FindAsync(db, userId, cancellationToken), cancellationToken);

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
