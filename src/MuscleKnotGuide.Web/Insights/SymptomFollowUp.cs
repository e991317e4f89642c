using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// A warning symptom older than the 7-day symptom window does not vanish silently: until the person says a doctor has
/// checked it, its advice stays, and the first time it asks "Did you get this checked?" (yes / not yet). It follows
/// symptoms as far back as the rules read (<see cref="SeekCareRules.LookbackDays"/>, 6 weeks).
/// </summary>
public static class SymptomFollowUp
{
    public const string Heading = "Get the warning signs you recorded checked by a doctor";

    public static IReadOnlyList<SeekCareAdvice> Evaluate(
        IReadOnlyList<DayEntry> days, IReadOnlyList<WarningSymptom> symptoms, IReadOnlyList<SymptomCheck> checks, DateOnly today)
    {
        var windowStart = today.AddDays(-(SeekCareRules.SymptomWindowDays - 1));
        var lookbackStart = today.AddDays(-(SeekCareRules.LookbackDays - 1));
        var reasons = new List<string>();
        var questions = new List<SymptomQuestion>();
        foreach (var symptom in symptoms)
        {
            var recorded = days.Where(d => d.Day <= today && d.Day >= lookbackStart && d.SymptomCodes.Contains(symptom.Code, StringComparer.Ordinal))
                .Select(d => d.Day).ToArray();
            // Recorded in the last 7 days: the warning symptom rules already advise on it.
            if (recorded.Length == 0 || recorded.Max() >= windowStart)
            {
                continue;
            }

            var latest = recorded.Max();
            var answer = checks.FirstOrDefault(c => c.SymptomCode == symptom.Code && c.UpToDay >= latest);
            if (answer?.Checked == true)
            {
                continue;
            }

            reasons.Add(answer is null
                ? $"You recorded “{symptom.Label}” on {DayText.Full(latest)}."
                : $"You recorded “{symptom.Label}” on {DayText.Full(latest)} and said it has not been checked yet.");
            if (answer is null)
            {
                questions.Add(new SymptomQuestion(symptom.Code, symptom.Label, latest));
            }
        }

        if (reasons.Count == 0)
        {
            return [];
        }

        return
        [
            new SeekCareAdvice(
                SeekCareLevel.Urgent,
                Heading,
                "A warning sign needs a doctor to check it, even if it has gone. If no doctor has checked it yet, see one today or tomorrow.",
                reasons,
                questions),
        ];
    }
}
