using Microsoft.EntityFrameworkCore;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>A person's recent check-ins as day entries, and the first day of their current run of logged days.</summary>
public sealed record DiaryHistory(IReadOnlyList<DayEntry> Days, DateOnly? RunStart);
