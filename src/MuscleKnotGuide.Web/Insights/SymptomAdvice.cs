using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// Advice from the warning symptoms ticked on one check-in, following the tiers of when-to-seek-care.md:
/// any emergency-tier symptom means emergency help now; otherwise any urgent-tier symptom means a doctor today or tomorrow.
/// </summary>
public static class SymptomAdvice
{
    public const string EmergencyHeading = "Call emergency services or go to an emergency department now";
    public const string UrgentHeading = "See a doctor urgently (today or tomorrow)";

    /// <summary>The advice for the ticked codes, or null when none of them is a known warning symptom.</summary>
    public static SeekCareAdvice? For(IEnumerable<string> tickedCodes, IReadOnlyList<WarningSymptom> knownSymptoms)
    {
        var ticked = tickedCodes.ToHashSet(StringComparer.Ordinal);
        var symptoms = knownSymptoms.Where(s => ticked.Contains(s.Code)).ToArray();

        var emergency = symptoms.Where(s => s.Tier == WarningTier.Emergency).Select(s => s.Label).ToArray();
        if (emergency.Length > 0)
        {
            return new SeekCareAdvice(
                SeekCareLevel.Emergency,
                EmergencyHeading,
                "Back pain together with this can be a sign of a serious problem that needs treatment quickly. Do not wait to see if it goes away.",
                emergency);
        }

        var urgent = symptoms.Where(s => s.Tier == WarningTier.Urgent).Select(s => s.Label).ToArray();
        if (urgent.Length > 0)
        {
            return new SeekCareAdvice(
                SeekCareLevel.Urgent,
                UrgentHeading,
                "This does not always mean something serious, but a doctor should check it. If you cannot reach your own doctor, use an urgent care or out-of-hours service.",
                urgent);
        }

        return null;
    }
}
