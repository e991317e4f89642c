using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.AboutYou;

/// <summary>
/// When a person's history means self-care alone is not enough. Following the red flags of NICE CKS "Back pain - low
/// (without radiculopathy)", NHS "Back pain" and Mayo Clinic "Back pain": cancer (NICE NG234: back pain with a history
/// of cancer, above all in the upper or middle back, is checked within a day); a weakened immune system, injecting
/// drugs or a recent infection or surgery (spinal infection); osteoporosis or long-term steroid tablets (a broken bone
/// in the spine); new back pain under 20 or at 50 or over. README "Seek-care rules" lists them.
/// </summary>
public static class RiskHistoryRules
{
    public const string HistoryHeading = "Self-care alone is not enough for you: see a doctor";
    public const string FallHeading = "A fall or injury with thin or weakened bones: get help now";

    /// <summary>Advice from the person's history and their check-ins up to <paramref name="today"/>; empty without a history.</summary>
    public static IReadOnlyList<SeekCareAdvice> Evaluate(RiskHistory? history, IReadOnlyList<DayEntry> days, DateOnly today)
    {
        if (history is null)
        {
            return [];
        }

        var advice = new List<SeekCareAdvice>();
        AddFallAdvice(advice, history, days, today);
        var reasons = Reasons(history);
        if (reasons.Count > 0)
        {
            advice.Add(new SeekCareAdvice(
                reasons.Min(r => r.Level),
                HistoryHeading,
                "What you told us about yourself means your back pain should be checked by a doctor, alongside any self-care. How soon depends on the reason:",
                reasons.Select(r => r.Text).ToArray()));
        }

        return advice;
    }

    private static void AddFallAdvice(List<SeekCareAdvice> advice, RiskHistory history, IReadOnlyList<DayEntry> days, DateOnly today)
    {
        // The same 7 days as the warning symptoms: a check-in of today or the 6 days before.
        var from = today.AddDays(-(SeekCareRules.SymptomWindowDays - 1));
        var falls = days.Where(d => d.Day >= from && d.Day <= today && d.AfterFallOrInjury == true).Select(d => d.Day).ToArray();
        if (!history.FragileBones || falls.Length == 0)
        {
            return;
        }

        var why = history.Osteoporosis && history.LongTermSteroids ? "osteoporosis and take steroid tablets long-term"
            : history.Osteoporosis ? "osteoporosis" : "take steroid tablets long-term";
        advice.Add(new SeekCareAdvice(
            SeekCareLevel.Emergency,
            FallHeading,
            "With thin or weakened bones, even a minor fall or strain can break a bone in the spine. Get it checked straight away.",
            [$"You said your pain started after a fall or injury on {string.Join(" and ", falls.Select(DayText.Full))}, and you have {why}."]));
    }

    private static List<(SeekCareLevel Level, string Text)> Reasons(RiskHistory history)
    {
        var reasons = new List<(SeekCareLevel, string)>();
        if (history.Cancer)
        {
            reasons.Add((SeekCareLevel.Urgent, "You have had cancer: see a doctor about back pain the same day or the next day, especially pain in the upper or middle back."));
        }

        if (history.WeakenedImmunity || history.LongTermSteroids || history.InjectingDrugs || history.RecentInfectionOrSurgery)
        {
            var what = new[]
            {
                history.WeakenedImmunity ? "a weakened immune system" : null,
                history.LongTermSteroids ? "long-term steroid tablets" : null,
                history.InjectingDrugs ? "injecting drugs" : null,
                history.RecentInfectionOrSurgery ? "a recent infection or operation" : null,
            }.OfType<string>();
            reasons.Add((SeekCareLevel.SeeDoctor, $"With {string.Join(", ", what)}, back pain can rarely come from an infection: see a doctor within a few days, and the same day if you also have a fever or feel unwell."));
        }

        if (history.Osteoporosis || history.LongTermSteroids)
        {
            reasons.Add((SeekCareLevel.SeeDoctor, "With osteoporosis or long-term steroid tablets, back pain can come from a broken bone in the spine: see a doctor within a few days, and straight away after a fall or injury."));
        }

        if (history.NewPain == true && history.AgeBand is AgeBand.Under20 or AgeBand.From50)
        {
            var age = history.AgeBand == AgeBand.Under20 ? "under 20" : "50 or over";
            reasons.Add((SeekCareLevel.SeeDoctor, $"Back pain that is new when you are {age} is a reason to see a doctor soon, within a week or two."));
        }

        return reasons;
    }
}
