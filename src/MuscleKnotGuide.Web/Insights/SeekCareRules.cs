using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The one set of rules that says when to get help, following public back-pain guidance: warning symptoms; pain that
/// is severe (NRS 7-10), persists, or gets worse; no improvement within a few weeks of self-care; a change of 2 points
/// or 30% counts as meaningful. README "Seek-care rules" documents each rule exactly as written here.
/// </summary>
public static class SeekCareRules
{
    /// <summary>A warning symptom counts on a check-in of today or the 6 days before.</summary>
    public const int SymptomWindowDays = 7;

    /// <summary>The pain rules look at check-ins of today and the 27 days before: "a few weeks".</summary>
    public const int PainWindowDays = 28;

    /// <summary>The persistent and worsening rules need this many check-ins in the pain window.</summary>
    public const int MinimumCheckIns = 14;

    /// <summary>Each compared stretch is this many logged days.</summary>
    public const int Stretch = 7;

    /// <summary>An average of 4 or more is moderate pain or worse.</summary>
    public const int PersistentAverageFrom = PainBands.ModerateFrom;

    /// <summary>A fall of 2 points or 30% is a meaningful improvement; a rise of 2 points a meaningful worsening.</summary>
    public const int MeaningfulPoints = 2;

    public const int MeaningfulPercent = 30;

    public const string EmergencyHeading = "Call emergency services or go to an emergency department now";
    public const string UrgentHeading = "See a doctor urgently, today or tomorrow";
    public const string SeverePainHeading = "See a doctor about your pain";
    public const string SeverePainIfContinuesHeading = "See a doctor if severe pain does not ease";
    public const string PersistentPainHeading = "Self-care has not helped enough: see a doctor";
    public const string WorseningHeading = "Your pain is getting worse: see a doctor if it continues";

    /// <summary>Advice from the check-ins up to <paramref name="today"/>, most serious first; empty when no rule applies.</summary>
    public static IReadOnlyList<SeekCareAdvice> Evaluate(IReadOnlyList<DayEntry> days, IReadOnlyList<WarningSymptom> symptoms, DateOnly today)
    {
        var advice = new List<SeekCareAdvice>();
        var symptomFrom = today.AddDays(-(SymptomWindowDays - 1));
        var recent = days.Where(d => d.Day >= symptomFrom && d.Day <= today).OrderBy(d => d.Day).ToArray();
        AddSymptomAdvice(advice, recent, symptoms, WarningTier.Emergency);
        AddSymptomAdvice(advice, recent, symptoms, WarningTier.Urgent);

        var painFrom = today.AddDays(-(PainWindowDays - 1));
        var window = days.Where(d => d.Day >= painFrom && d.Day <= today).OrderBy(d => d.Day).ToArray();
        AddSeverePainAdvice(advice, window);
        AddPersistentPainAdvice(advice, window);
        AddWorseningAdvice(advice, window);

        return advice.OrderBy(a => a.Level).ToArray();
    }

    private static void AddSymptomAdvice(List<SeekCareAdvice> advice, DayEntry[] recent, IReadOnlyList<WarningSymptom> symptoms, WarningTier tier)
    {
        // One reason per symptom, in the order when-to-seek-care.md lists them, naming every day it was ticked.
        var reasons = symptoms
            .Where(s => s.Tier == tier)
            .Select(s => (Symptom: s, Days: recent.Where(d => d.SymptomCodes.Contains(s.Code, StringComparer.Ordinal)).Select(d => d.Day).ToArray()))
            .Where(x => x.Days.Length > 0)
            .Select(x => $"You recorded “{x.Symptom.Label}” on {string.Join(" and ", x.Days.Select(DayText.Full))}.")
            .ToArray();
        if (reasons.Length == 0)
        {
            return;
        }

        advice.Add(tier == WarningTier.Emergency
            ? new SeekCareAdvice(
                SeekCareLevel.Emergency,
                EmergencyHeading,
                "Back pain together with this symptom can be a sign of a serious problem that needs treatment quickly. Do not wait to see if it goes away.",
                reasons)
            : new SeekCareAdvice(
                SeekCareLevel.Urgent,
                UrgentHeading,
                "Back pain together with this symptom needs a doctor to check it, the same day or the next day at the latest. If you cannot reach your own doctor, use an urgent care or out-of-hours service.",
                reasons));
    }

    private static void AddSeverePainAdvice(List<SeekCareAdvice> advice, DayEntry[] window)
    {
        if (window.Length == 0)
        {
            return;
        }

        var lastThree = window[^Math.Min(3, window.Length)..];
        var severe = lastThree.Where(d => PainBands.IsSevere(d.Pain)).ToArray();
        if (severe.Length >= 2)
        {
            advice.Add(new SeekCareAdvice(
                SeekCareLevel.SeeDoctor,
                SeverePainHeading,
                "Severe pain on more than one recent day is a reason to have your back checked by a doctor.",
                [$"Your pain was severe (7 or more out of 10) on {severe.Length} of your last {lastThree.Length} check-ins: {string.Join("; ", severe.Select(d => $"{d.Pain} on {DayText.Full(d.Day)}"))}."]));
            return;
        }

        var latest = window[^1];
        if (PainBands.IsSevere(latest.Pain))
        {
            advice.Add(new SeekCareAdvice(
                SeekCareLevel.SeeDoctorIfContinues,
                SeverePainIfContinuesHeading,
                "If your pain does not ease within a few days of self-care, see a doctor.",
                [$"Your latest check-in, on {DayText.Full(latest.Day)}, rated your pain {latest.Pain} out of 10 (severe)."]));
        }
    }

    private static void AddPersistentPainAdvice(List<SeekCareAdvice> advice, DayEntry[] window)
    {
        if (window.Length < MinimumCheckIns)
        {
            return;
        }

        // Sums of 7 ratings instead of averages: "2 points" and "30%" stay exact (2 points = 14 over 7 days).
        var firstSum = window[..Stretch].Sum(d => d.Pain);
        var lastSum = window[^Stretch..].Sum(d => d.Pain);
        var fall = firstSum - lastSum;
        var stillModerate = lastSum >= PersistentAverageFrom * Stretch;
        var improvedByPoints = fall >= MeaningfulPoints * Stretch;
        var improvedByShare = fall * 100 >= MeaningfulPercent * firstSum;
        if (!stillModerate || improvedByPoints || improvedByShare)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.SeeDoctor,
            PersistentPainHeading,
            "Pain that has not improved within a few weeks of self-care is a reason to see a doctor.",
            [
                $"Your average pain over your last 7 check-ins is {InsightsFormat.Average((decimal)lastSum / Stretch)} out of 10, "
                + $"against {InsightsFormat.Average((decimal)firstSum / Stretch)} over your first 7 check-ins of the last 4 weeks "
                + $"({window.Length} check-ins in all): it has not fallen by 2 points or 30%.",
            ]));
    }

    private static void AddWorseningAdvice(List<SeekCareAdvice> advice, DayEntry[] window)
    {
        if (window.Length < MinimumCheckIns)
        {
            return;
        }

        var lastSum = window[^Stretch..].Sum(d => d.Pain);
        var beforeSum = window[^(2 * Stretch)..^Stretch].Sum(d => d.Pain);
        if (lastSum - beforeSum < MeaningfulPoints * Stretch)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.SeeDoctorIfContinues,
            WorseningHeading,
            "A rise of 2 points or more is a meaningful change. If your pain keeps getting worse, see a doctor.",
            [$"Your average pain over your last 7 check-ins is {InsightsFormat.Average((decimal)lastSum / Stretch)} out of 10, up from {InsightsFormat.Average((decimal)beforeSum / Stretch)} over the 7 before."]));
    }
}
