namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>Whether a person's diary can take one more entry on a day, as <see cref="DiaryBeforeSave.Room"/> tells it.</summary>
public enum DiaryRoom
{
    Free,

    /// <summary>The day already holds <see cref="CheckInRules.MaxEntriesPerDay"/> other entries.</summary>
    DayFull,

    /// <summary>The diary already holds <see cref="YourData.DiaryLimits.MaxCheckIns"/> entries.</summary>
    DiaryFull,
}
