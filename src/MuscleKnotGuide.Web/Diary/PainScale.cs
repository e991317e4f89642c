namespace MuscleKnotGuide.Web.Diary;

/// <summary>The 0-10 numeric rating scale (NRS-11) and its usual bands.</summary>
public static class PainScale
{
    public const int Min = 0;
    public const int Max = 10;

    public static bool IsValid(int level) => level is >= Min and <= Max;

    /// <summary>The band word: 0 none, 1-3 mild, 4-6 moderate, 7-10 severe.</summary>
    public static string Band(int level) => level switch
    {
        <= 0 => "none",
        <= 3 => "mild",
        <= 6 => "moderate",
        _ => "severe",
    };
}
