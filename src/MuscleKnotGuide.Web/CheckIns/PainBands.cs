namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>The one place that maps a 0-10 pain rating to its band, and the two ways pages name a band.</summary>
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

    /// <summary>In a sentence: "no pain", "mild", "moderate", "severe".</summary>
    public static string Describe(PainBand band) => band switch
    {
        PainBand.None => "no pain",
        PainBand.Mild => "mild",
        PainBand.Moderate => "moderate",
        _ => "severe",
    };

    public static string Describe(int pain) => Describe(Of(pain));

    /// <summary>As a short label and a CSS class (pain-none, pain-mild...): "none", "mild", "moderate", "severe".</summary>
    public static string Name(int pain) => Of(pain) switch
    {
        PainBand.None => "none",
        PainBand.Mild => "mild",
        PainBand.Moderate => "moderate",
        _ => "severe",
    };
}
