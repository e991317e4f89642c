namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>What recording a method try did: the id of the new entry, or why it could not be kept.</summary>
public sealed record MethodTryOutcome(int? CheckInId, string? Problem)
{
    public bool Saved => CheckInId is not null;

    public static MethodTryOutcome SavedTo(int checkInId) => new(checkInId, null);

    public static MethodTryOutcome Refused(string problem) => new(null, problem);
}
