namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// One region of the body map: its flag, the name the form posts, the label a person reads, and where it sits on the
/// picture (a rounded rectangle in the map's 200 × 440 view box, drawn from behind: the person's left is on the left).
/// </summary>
public sealed record BodyRegion(BackAreas Area, string Label, int X, int Y, int Width, int Height)
{
    public string Name => Area.ToString();

    /// <summary>Thigh and calf / foot: pain or numbness there may be a nerve sign the warning questions ask about.</summary>
    public bool IsLeg => Area is BackAreas.ThighLeft or BackAreas.ThighRight or BackAreas.CalfLeft or BackAreas.CalfRight;
}
