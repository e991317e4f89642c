using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;
using static MuscleKnotGuide.Web.Insights.SeekCareRules;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The seek-care rules that read what a person ticked on their check-ins: warning symptoms (emergency and urgent, and
/// an urgent sign that keeps coming back) and pain that stops sleep or usual activities. <see cref="SeekCareRules"/>
/// holds the thresholds and runs every rule.
/// </summary>
internal static class SeekCareSymptomRules
{
    internal static void AddSymptomAdvice(List<SeekCareAdvice> advice, DayEntry[] recent, IReadOnlyList<WarningSymptom> symptoms, WarningTier tier)
    {
        var reasons = SymptomReasons(recent, symptoms, tier);
        if (reasons.Length == 0)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.Emergency,
            EmergencyHeading,
            "Back pain together with this symptom can be a sign of a serious problem that needs treatment quickly. Do not wait to see if it goes away.",
            reasons));
    }

    /// <summary>One reason per symptom, in the order when-to-seek-care.md lists them, naming every day it was ticked.</summary>
    private static string[] SymptomReasons(DayEntry[] recent, IReadOnlyList<WarningSymptom> symptoms, WarningTier tier) =>
        symptoms
            .Where(s => s.Tier == tier)
            .Select(s => (Symptom: s, Days: recent.Where(d => d.SymptomCodes.Contains(s.Code, StringComparer.Ordinal)).Select(d => d.Day).ToArray()))
            .Where(x => x.Days.Length > 0)
            .Select(x => $"You recorded “{x.Symptom.Label}” on {string.Join(" and ", x.Days.Select(DayText.Full))}.")
            .ToArray();

    internal static void AddUrgentSymptomAdvice(List<SeekCareAdvice> advice, DayEntry[] recent, DayEntry[] lastCheckIns, IReadOnlyList<WarningSymptom> symptoms)
    {
        // An urgent sign (night pain is one) on 3 of the last 7 check-ins escalates: it keeps coming back, so "today",
        // not "today or tomorrow", even when some of those check-ins are older than the 7-day symptom window.
        var repeated = symptoms
            .Where(s => s.Tier == WarningTier.Urgent)
            .Select(s => (Symptom: s, Count: lastCheckIns.Count(d => d.SymptomCodes.Contains(s.Code, StringComparer.Ordinal))))
            .Where(x => x.Count >= OftenCount)
            .Select(x => $"You recorded “{x.Symptom.Label}” on {x.Count} of your last {lastCheckIns.Length} check-ins.")
            .ToArray();
        var reasons = repeated.Concat(SymptomReasons(recent, symptoms, WarningTier.Urgent)).ToArray();
        if (reasons.Length == 0)
        {
            return;
        }

        advice.Add(repeated.Length > 0
            ? new SeekCareAdvice(
                SeekCareLevel.Urgent,
                RepeatedUrgentHeading,
                "A warning symptom that keeps coming back needs a doctor to check it today. If you cannot reach your own doctor today, use an urgent care or out-of-hours service.",
                reasons)
            : new SeekCareAdvice(
                SeekCareLevel.Urgent,
                UrgentHeading,
                "Back pain together with this symptom needs a doctor to check it, the same day or the next day at the latest. If you cannot reach your own doctor, use an urgent care or out-of-hours service.",
                reasons));
    }

    internal static void AddDailyLifeAdvice(List<SeekCareAdvice> advice, DayEntry[] lastCheckIns)
    {
        var sleep = lastCheckIns.Count(d => d.StoppedSleeping == true);
        var activities = lastCheckIns.Count(d => d.StoppedActivities == true);
        var reasons = new List<string>();
        if (sleep >= OftenCount)
        {
            reasons.Add($"Pain stopped you sleeping on {sleep} of your last {lastCheckIns.Length} check-ins.");
        }

        if (activities >= OftenCount)
        {
            reasons.Add($"Pain stopped your usual activities on {activities} of your last {lastCheckIns.Length} check-ins.");
        }

        if (reasons.Count == 0)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.SeeDoctor,
            DailyLifeHeading,
            "Pain that keeps stopping you sleeping or doing your usual activities is a reason to see a doctor.",
            reasons));
    }
}
