namespace MuscleKnotGuide.Web.Guides;

/// <summary>One screen of a guided session: what to do, how long to hold it, and the guide's picture of it.</summary>
public sealed record GuidedStep(string Say, int HoldSeconds, GuidePicture? Picture)
{
    /// <summary>A hold when the guide gives no other time: the guides' "hold for about 30 seconds".</summary>
    public const int DefaultHoldSeconds = 30;

    public const int MinHoldSeconds = 5;

    /// <summary>Heat's 20 minutes at most is the longest time any guide asks for.</summary>
    public const int MaxHoldSeconds = 20 * 60;
}
