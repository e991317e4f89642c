namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>Where it hurts: three levels of the back, each side.</summary>
[Flags]
public enum BackAreas
{
    None = 0,
    UpperLeft = 1,
    UpperRight = 2,
    MiddleLeft = 4,
    MiddleRight = 8,
    LowerLeft = 16,
    LowerRight = 32,
}
