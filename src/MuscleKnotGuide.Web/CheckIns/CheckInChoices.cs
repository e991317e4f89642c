namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>The labels of the body map regions and of how a method helped, in the order the form shows them.</summary>
public static class CheckInChoices
{
    public static IReadOnlyList<(BackAreas Area, string Name, string Label)> Areas { get; } =
    [
        (BackAreas.UpperLeft, nameof(BackAreas.UpperLeft), "Upper back, left"),
        (BackAreas.UpperRight, nameof(BackAreas.UpperRight), "Upper back, right"),
        (BackAreas.MiddleLeft, nameof(BackAreas.MiddleLeft), "Middle back, left"),
        (BackAreas.MiddleRight, nameof(BackAreas.MiddleRight), "Middle back, right"),
        (BackAreas.LowerLeft, nameof(BackAreas.LowerLeft), "Lower back, left"),
        (BackAreas.LowerRight, nameof(BackAreas.LowerRight), "Lower back, right"),
    ];

    public static IReadOnlyList<(MethodEffect Effect, string Name, string Label)> Effects { get; } =
    [
        (MethodEffect.MadeWorse, nameof(MethodEffect.MadeWorse), "Made it worse"),
        (MethodEffect.NoChange, nameof(MethodEffect.NoChange), "No change"),
        (MethodEffect.HelpedALittle, nameof(MethodEffect.HelpedALittle), "Helped a little"),
        (MethodEffect.HelpedALot, nameof(MethodEffect.HelpedALot), "Helped a lot"),
    ];
}
