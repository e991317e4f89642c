namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// A checked method row of a plan, ready to store as a <see cref="PlannedMethod"/> or to print without saving.
/// A label-directed method (pain medication) has no times, no minutes and no times of day: the plan says "as the
/// label directs" and never suggests a dose or a schedule.
/// </summary>
public sealed record PlannedMethodValues(string Slug, int TimesPerDay, int? Minutes, IReadOnlyList<TimeOnly> TimesOfDay)
{
    public bool IsLabelDirected => TimesPerDay == 0;

    public static PlannedMethodValues LabelDirected(string slug) => new(slug, 0, null, []);
}
