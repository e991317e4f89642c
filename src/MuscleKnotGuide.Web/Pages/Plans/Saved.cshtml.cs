using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plans;

/// <summary>One saved plan at a glance, with what can be done with it.</summary>
public sealed class SavedModel(GuideCatalog catalog, DiaryDbContext db, TimeProvider clock) : PageModel
{
    public int Id { get; private set; }

    public PlanSheet Sheet { get; private set; } = null!;

    /// <summary>When to get help, above the plan: self-care may not be enough on its own.</summary>
    public IReadOnlyList<SeekCareAdvice> Advice { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.FindPlanAsync(User.UserId(), id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        Id = id;
        Advice = await InsightsQuery.SeekCareAdviceAsync(db, User.UserId(), User.Today(clock), catalog.Current, cancellationToken);
        Sheet = PlanSheet.Build(SelfCarePlan.FromSaved(saved), catalog.Current, User.DisplayName(), recentTrend: null);
        return Page();
    }
}
