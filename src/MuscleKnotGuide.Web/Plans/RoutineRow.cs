namespace MuscleKnotGuide.Web.Plans;

/// <summary>One method's line in the daily routine: its times, placed in the part of the day they fall in.</summary>
public sealed record RoutineRow(
    string Title,
    bool IsLabelDirected,
    int? Minutes,
    IReadOnlyList<TimeOnly> Morning,
    IReadOnlyList<TimeOnly> Midday,
    IReadOnlyList<TimeOnly> Evening);
