namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// A person's recent check-ins as day entries, the first day of their latest run of logged days (null when the
/// recent days hold none: then no run reaches today or yesterday), and what the seek-care advice needs besides them.
/// </summary>
public sealed record DiaryHistory(IReadOnlyList<DayEntry> Days, DateOnly? RunStart, CareContext Care);
