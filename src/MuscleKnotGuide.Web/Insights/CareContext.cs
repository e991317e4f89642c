using MuscleKnotGuide.Web.AboutYou;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// What the seek-care advice needs besides the check-ins: the person's "About you" history (null when never asked)
/// and their answers to "Did you get this checked?". Read with the diary (<see cref="InsightsQuery.LoadHistoryAsync"/>).
/// </summary>
public sealed record CareContext(RiskHistory? Risk, IReadOnlyList<SymptomCheck> Checks)
{
    public static CareContext None { get; } = new(null, []);

    /// <summary>Every seek-care rule in one list, most serious first: the check-in rules, the history, the follow-ups.</summary>
    public IReadOnlyList<SeekCareAdvice> Advice(IReadOnlyList<DayEntry> days, IReadOnlyList<WarningSymptom> symptoms, DateOnly today) =>
        SeekCareRules.Evaluate(days, symptoms, today)
            .Concat(RiskHistoryRules.Evaluate(Risk, days, today))
            .Concat(SymptomFollowUp.Evaluate(days, symptoms, Checks, today))
            .OrderBy(a => a.Level)
            .ToArray();
}
