namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>The 0-10 numeric rating scale (NRS-11); its bands are <see cref="PainBands"/>.</summary>
public static class PainScale
{
    public const int Min = 0;
    public const int Max = 10;

    public static bool IsValid(int level) => level is >= Min and <= Max;
}
