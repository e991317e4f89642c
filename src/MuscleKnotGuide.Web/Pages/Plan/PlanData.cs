using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Diary;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plan;

/// <summary>The plan pages' reads, always through the person's own scope.</summary>
public static class PlanData
{
    /// <summary>How far back suggestions look: recent enough to reflect how the back is now.</summary>
    public const int SuggestionWindowDays = 90;

    public static Task<SavedPlan?> FindPlanAsync(this DiaryDbContext db, string userId, int id, CancellationToken cancellationToken) =>
        db.PlansOf(userId).Include(p => p.Methods).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public static async Task<IReadOnlyList<PainDay>> RecentPainAsync(this DiaryDbContext db, string userId, DateOnly today, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-(PlanSheet.RecentPainDays - 1));
        var checkIns = await db.CheckInsOf(userId).Where(c => c.Day >= from && c.Day <= today).AsNoTracking().ToListAsync(cancellationToken);
        return PainDay.Between(checkIns, from, today);
    }

    public static async Task<IReadOnlyList<PlanSuggestion>> SuggestionsAsync(
        this DiaryDbContext db, string userId, DateOnly today, GuideLibrary library, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-(SuggestionWindowDays - 1));
        var checkIns = await db.CheckInsOf(userId)
            .Where(c => c.Day >= from && c.Day <= today)
            .Include(c => c.Methods)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return PlanSuggestions.From(MethodFigures.From(checkIns), library);
    }
}
