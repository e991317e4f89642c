using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// The one rule for methods the app must never schedule, time or suggest: pain medication, and any method whose
/// guide gives no how_often. Such a method follows its label; the app never names a dose or how often to take it.
/// </summary>
public static class LabelDirected
{
    public const string PainMedicationSlug = "pain-medication";

    public const string Instruction = "As the label directs";

    public static bool Is(TreatmentGuide method) => method.Slug == PainMedicationSlug || method.HowOftenPerDay is null;

    public static bool Is(string slug, GuideLibrary library) =>
        slug == PainMedicationSlug || library.FindMethod(slug) is not { } method || Is(method);
}
