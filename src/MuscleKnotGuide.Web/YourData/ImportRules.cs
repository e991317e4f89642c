using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>
/// What an import may contain: the method slugs and warning-symptom codes of the current guides, and "today".
/// <paramref name="LabelDirectedSlugs"/> are the methods the plan form saves without a schedule (pain medication always is).
/// </summary>
public sealed record ImportRules(
    IReadOnlySet<string> MethodSlugs,
    IReadOnlySet<string> SymptomCodes,
    DateOnly Today,
    IReadOnlySet<string>? LabelDirectedSlugs = null)
{
    public bool IsLabelDirected(string slug) =>
        slug == LabelDirected.PainMedicationSlug || (LabelDirectedSlugs?.Contains(slug) ?? false);
}
