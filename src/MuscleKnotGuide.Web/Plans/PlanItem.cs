namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// One method in a plan. A label-directed method (pain medication) has no times, no minutes and no times of day:
/// the plan says "as the label directs" and never suggests a dose or a schedule.
/// </summary>
public sealed record PlanItem(string Slug, int TimesPerDay, int? Minutes, IReadOnlyList<TimeOnly> TimesOfDay)
{
    public bool IsLabelDirected => TimesPerDay == 0;

    public static PlanItem LabelDirected(string slug) => new(slug, 0, null, []);
}
