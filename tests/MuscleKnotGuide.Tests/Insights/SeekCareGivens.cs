using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>
/// What the seek-care rule tests share: the warning symptoms, the rules run on today, daily check-ins.
/// </summary>
internal static class SeekCareGivens
{
    public static readonly WarningSymptom[] Symptoms =
    [
        new("chest-pain", "Chest pain", WarningTier.Emergency),
        new("both-legs", "Pain, weakness or numbness in both legs", WarningTier.Emergency),
        new("fever", "A fever of 38 °C (100.4 °F) or more", WarningTier.Urgent),
        new("night-pain", "Pain that is worse at night or not eased by rest", WarningTier.Urgent),
    ];

    public static IReadOnlyList<SeekCareAdvice> Evaluate(IReadOnlyList<DayEntry> days) => SeekCareRules.Evaluate(days, Symptoms, Days.Today);

    public static string[] Headings(IReadOnlyList<DayEntry> days) => Evaluate(days).Select(a => a.Heading).ToArray();

    /// <summary>Check-ins on consecutive days ending today, oldest first.</summary>
    public static List<DayEntry> Daily(params int[] pains) => Days.EndingToday(pains.Select(p => (int?)p).ToArray());
}
