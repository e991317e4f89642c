using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// The one "is there room in the diary" step that the check-in form and <see cref="MethodTryRecorder"/> both take
/// before they save: the day's entries (other than the one being edited) and, for a new entry, the whole diary.
/// Call it inside <see cref="DiaryWriteLock"/>, so two saves at once cannot both take the last place.
/// </summary>
public static class DiaryRoomQuery
{
    /// <param name="exceptId">The entry being edited, which does not count against its own day; 0 for a new entry.</param>
    public static async Task<DiaryRoom> CheckAsync(DiaryDbContext db, string userId, DateOnly day, int exceptId, CancellationToken cancellationToken)
    {
        var others = await db.CheckInsOf(userId).CountAsync(c => c.Day == day && c.Id != exceptId, cancellationToken);
        if (CheckInRules.CheckRoomOnDay(day, others) is not null)
        {
            return DiaryRoom.DayFull;
        }

        return exceptId == 0 && await db.CheckInsOf(userId).CountAsync(cancellationToken) >= DiaryLimits.MaxCheckIns
            ? DiaryRoom.DiaryFull
            : DiaryRoom.Free;
    }
}
