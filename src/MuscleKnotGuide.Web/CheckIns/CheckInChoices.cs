namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>The labels of how a method helped, in the order the form shows them. The body map's regions are <see cref="BodyMap"/>.</summary>
public static class CheckInChoices
{
    public static IReadOnlyList<(MethodEffect Effect, string Name, string Label)> Effects { get; } =
    [
        (MethodEffect.MadeWorse, nameof(MethodEffect.MadeWorse), "Made it worse"),
        (MethodEffect.NoChange, nameof(MethodEffect.NoChange), "No change"),
        (MethodEffect.HelpedALittle, nameof(MethodEffect.HelpedALittle), "Helped a little"),
        (MethodEffect.HelpedALot, nameof(MethodEffect.HelpedALot), "Helped a lot"),
    ];
}
