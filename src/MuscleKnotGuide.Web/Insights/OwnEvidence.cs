namespace MuscleKnotGuide.Web.Insights;

/// <summary>What the person's own record of a method says: their "did it help" ratings and the relief they noted right after.</summary>
public enum OwnEvidence
{
    /// <summary>At least 1 point of relief on average, or rated as helping on at least half of the rated tries.</summary>
    Helped,

    /// <summary>Neither relief nor a rating was recorded, so only the next-day comparison can say anything.</summary>
    NotRecorded,

    /// <summary>Relief or ratings were recorded, and neither reached the "helped" mark.</summary>
    DidNotHelp,
}
