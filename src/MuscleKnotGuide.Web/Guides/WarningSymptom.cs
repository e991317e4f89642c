namespace MuscleKnotGuide.Web.Guides;

public enum WarningTier
{
    /// <summary>Call emergency services or go to an emergency department now.</summary>
    Emergency,

    /// <summary>See a doctor urgently, the same or the next day.</summary>
    Urgent,
}

/// <summary>A red-flag symptom a person can tick on a check-in; the list lives in when-to-seek-care.md.</summary>
public sealed record WarningSymptom(string Code, string Label, WarningTier Tier)
{
    /// <summary>
    /// The signs about legs (when-to-seek-care.md: both legs is an emergency, one leg urgent). The check-in form points
    /// to them when a thigh, calf or foot is marked on the body map; codes are never renamed, so naming them is safe.
    /// </summary>
    public static IReadOnlySet<string> LegCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "both-legs", "one-leg-weakness" };
}
