namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Which days a new check-in may be for: today and the 29 days before it (30 calendar days).
/// Memory of pain fades fast, so a late entry older than that says more about today than about that day.
/// </summary>
public static class CheckInWindow
{
    public const int Days = 30;

    /// <summary>The oldest day that can still be logged: today minus 29 days.</summary>
    public static DateOnly Earliest(DateOnly today) => today.AddDays(-(Days - 1));

    public static bool Contains(DateOnly day, DateOnly today) => day >= Earliest(today) && day <= today;
}
