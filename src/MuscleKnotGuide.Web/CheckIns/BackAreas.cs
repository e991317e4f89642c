namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Where it hurts: the regions of the body map, each side where it has sides. Left and right are the person's own.
/// Stored as one integer of flags, so the values are fixed forever: the first six are the original upper / middle /
/// lower back regions and keep their bits; new regions only ever take new bits (an int holds 31, we use 17).
/// </summary>
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
    NeckLeft = 1 << 6,
    NeckRight = 1 << 7,
    ShoulderLeft = 1 << 8,
    ShoulderRight = 1 << 9,
    BetweenShoulderBlades = 1 << 10,
    ButtockLeft = 1 << 11,
    ButtockRight = 1 << 12,
    ThighLeft = 1 << 13,
    ThighRight = 1 << 14,
    CalfLeft = 1 << 15,
    CalfRight = 1 << 16,
}
