using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plans;

public sealed class SavedPrintModel(GuideCatalog catalog, DiaryDbContext db, TimeProvider clock) : PageModel
{
    public int Id { get; private set; }

    public PlanSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (await db.FindPlanAsync(userId, id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        Id = id;
        var recentTrend = await db.RecentTrendAsync(userId, User.Today(clock), cancellationToken);
        Sheet = PlanSheet.Build(SelfCarePlan.FromSaved(saved), catalog.Current, User.DisplayName(), recentTrend);
        return Page();
    }
}
