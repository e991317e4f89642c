namespace MuscleKnotGuide.Web.AboutYou;

/// <summary>How an age band is written in forms and in the JSON export ("under-20", "20-49", "50-or-over").</summary>
public static class AgeBands
{
    public static IReadOnlyList<AgeBand> All { get; } = [AgeBand.Under20, AgeBand.From20To49, AgeBand.From50];

    public static string Code(AgeBand band) => band switch
    {
        AgeBand.Under20 => "under-20",
        AgeBand.From20To49 => "20-49",
        _ => "50-or-over",
    };

    public static string Describe(AgeBand band) => band switch
    {
        AgeBand.Under20 => "Under 20",
        AgeBand.From20To49 => "20 to 49",
        _ => "50 or over",
    };

    public static AgeBand? FromCode(string? code) => All.Cast<AgeBand?>().FirstOrDefault(b => Code(b!.Value) == code);
}
