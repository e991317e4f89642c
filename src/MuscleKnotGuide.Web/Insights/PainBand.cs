namespace MuscleKnotGuide.Web.Insights;

/// <summary>The NRS-11 bands used in public back-pain guidance: 0 none, 1-3 mild, 4-6 moderate, 7-10 severe.</summary>
public enum PainBand
{
    None,
    Mild,
    Moderate,
    Severe,
}

/// <summary>The one place that maps a 0-10 pain rating to its band.</summary>
public static class PainBands
{
    public const int ModerateFrom = 4;
    public const int SevereFrom = 7;

    public static PainBand Of(int pain) => pain switch
    {
        <= 0 => PainBand.None,
        < ModerateFrom => PainBand.Mild,
        < SevereFrom => PainBand.Moderate,
        _ => PainBand.Severe,
    };

    public static bool IsSevere(int pain) => Of(pain) == PainBand.Severe;

    public static string Describe(PainBand band) => band switch
    {
        PainBand.None => "no pain",
        PainBand.Mild => "mild",
        PainBand.Moderate => "moderate",
        _ => "severe",
    };

    public static string Describe(int pain) => Describe(Of(pain));
}
