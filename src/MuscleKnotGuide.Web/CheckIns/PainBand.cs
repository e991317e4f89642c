namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>The NRS-11 bands used in public back-pain guidance: 0 none, 1-3 mild, 4-6 moderate, 7-10 severe.</summary>
public enum PainBand
{
    None,
    Mild,
    Moderate,
    Severe,
}
