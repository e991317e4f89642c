using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// The one read that the check-in form and <see cref="MethodTryRecorder"/> both take before they save. Call it inside
/// <see cref="DiaryWriteLock"/>, so two saves at once cannot both take the last place. It is one statement because
/// every statement inside the turn makes every other save wait (README, Benchmark: the write rate).
/// </summary>
public static class DiaryBeforeSaveQuery
{
    /// <param name="exceptId">The entry being edited, which does not count against its own day; 0 for a new entry.</param>
    public static async Task<DiaryBeforeSave> ReadAsync(DiaryDbContext db, string userId, DateOnly day, int exceptId, CancellationToken cancellationToken)
    {
        // The notes are summed for a method try too, which has none of its own: one statement for both callers, at the
        // cost the form already pays on every save; method tries are the rarer write.
        var dayBefore = day.AddDays(-1);
        var own = db.CheckInsOf(userId);
        var read = await db.Users.Where(u => u.Id == userId).Select(u => new
        {
            OthersOnDay = own.Count(c => c.Day == day && c.Id != exceptId),
            Entries = own.Count(),
            OtherNotes = own.Where(c => c.Id != exceptId).Sum(c => c.Notes == null ? 0 : c.Notes.Length),
            u.RunStart,
            u.RunEnd,
            DayBeforeLogged = own.Any(c => c.Day == dayBefore),
        }).FirstOrDefaultAsync(cancellationToken);

        // No row: the account was deleted during the request; the save then fails on its own, as before.
        return read is null
            ? new DiaryBeforeSave(day, exceptId == 0, 0, 0, 0, null, false)
            : new DiaryBeforeSave(day, exceptId == 0, read.OthersOnDay, read.Entries, read.OtherNotes, LatestRun.Kept(read.RunStart, read.RunEnd), read.DayBeforeLogged);
    }
}
