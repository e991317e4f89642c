namespace MuscleKnotGuide.Web.Guides;

public enum WarningTier
{
    /// <summary>Call emergency services or go to an emergency department now.</summary>
    Emergency,

    /// <summary>See a doctor urgently, the same or the next day.</summary>
    Urgent,
}

/// <summary>A red-flag symptom a person can tick on a check-in; the list lives in when-to-seek-care.md.</summary>
public sealed record WarningSymptom(string Code, string Label, WarningTier Tier);
