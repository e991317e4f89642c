using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.AboutYou;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// What the seek-care advice needs besides the check-ins: the person's "About you" history (null when never asked)
/// and their answers to "Did you get this checked?".
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

    /// <summary>Two small SQL queries by indexed person id: the history row and the symptom answers.</summary>
    public static async Task<CareContext> LoadAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken)
    {
        var risk = await db.RiskHistories.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        var checks = await db.SymptomChecks.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        return new CareContext(risk, checks);
    }
}
