using Microsoft.EntityFrameworkCore;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// A person's recent check-ins as day entries, and the first day of their latest run of logged days (null when the
/// recent days hold none: then no run reaches today or yesterday).
/// </summary>
public sealed record DiaryHistory(IReadOnlyList<DayEntry> Days, DateOnly? RunStart);
