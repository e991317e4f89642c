namespace MuscleKnotGuide.Web.AboutYou;

/// <summary>
/// "About you": the optional history that makes self-care alone not enough (NICE CKS back pain red flags). One row per
/// person; a row with nothing ticked means they were asked and chose not to answer, so the home page stops asking.
/// Health data: exported and imported, deleted with the account, never logged.
/// </summary>
public sealed class RiskHistory
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public bool Cancer { get; set; }

    /// <summary>HIV, chemotherapy or immune-suppressing medicines.</summary>
    public bool WeakenedImmunity { get; set; }

    /// <summary>Steroid tablets taken long-term: a weakened immune system and thinner bones.</summary>
    public bool LongTermSteroids { get; set; }

    public bool Osteoporosis { get; set; }

    public bool InjectingDrugs { get; set; }

    public bool RecentInfectionOrSurgery { get; set; }

    public AgeBand? AgeBand { get; set; }

    /// <summary>Whether this back pain is new for the person; null when not answered.</summary>
    public bool? NewPain { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Thin or weakened bones: a fall or strain, however minor, can break a bone in the spine.</summary>
    public bool FragileBones => Osteoporosis || LongTermSteroids;
}
