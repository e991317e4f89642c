using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plans;

/// <summary>One saved plan at a glance, with what can be done with it.</summary>
public sealed class SavedModel(GuideCatalog catalog, DiaryDbContext db) : PageModel
{
    public int Id { get; private set; }

    public PlanSheet Sheet { get; private set; } = null!;

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.FindPlanAsync(User.UserId(), id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        Id = id;
        Sheet = PlanSheet.Build(SelfCarePlan.FromSaved(saved), catalog.Current, User.DisplayName(), recentTrend: null);
        return Page();
    }
}
