using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plans;

public sealed class SavedCalendarModel(GuideCatalog catalog, DiaryDbContext db, TimeProvider clock, PublicAddress publicAddress) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.FindPlanAsync(User.UserId(), id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        // The id keeps each event's UID stable, so importing an edited plan again updates its reminders in place.
        return PlanFile.Calendar(SelfCarePlan.FromSaved(saved), catalog.Current, clock, $"plan{id}", publicAddress);
    }
}
