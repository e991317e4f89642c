using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// What a diary write must know before it saves an entry for <see cref="Day"/>, as <see cref="DiaryBeforeSaveQuery"/>
/// reads it inside the write's turn: the room left on the day and in the diary, the other entries' notes, and what
/// keeps <see cref="LatestRun"/> true once the entry is added.
/// </summary>
/// <param name="Day">The day the entry is saved on.</param>
/// <param name="IsNew">True for a new entry; false for an edit, which does not count against the diary's room.</param>
/// <param name="OthersOnDay">The day's entries other than the one being edited.</param>
/// <param name="Entries">Every entry in the diary, the edited one included.</param>
/// <param name="OtherNotesCharacters">The total characters of the notes of every entry other than the one being edited.</param>
/// <param name="Run">The kept run, or null when it is not known.</param>
/// <param name="DayBeforeLogged">Whether the day before <see cref="Day"/> holds an entry.</param>
public sealed record DiaryBeforeSave(DateOnly Day, bool IsNew, int OthersOnDay, int Entries, int OtherNotesCharacters, LatestRun? Run, bool DayBeforeLogged)
{
    /// <summary>Whether the diary can take the entry: its day's room, then (for a new entry) the diary's.</summary>
    public DiaryRoom Room =>
        CheckInRules.CheckRoomOnDay(Day, OthersOnDay) is not null ? DiaryRoom.DayFull
        : IsNew && Entries >= DiaryLimits.MaxCheckIns ? DiaryRoom.DiaryFull
        : DiaryRoom.Free;
}
