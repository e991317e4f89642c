using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plans;

public sealed class DeleteModel(DiaryDbContext db) : PageModel
{
    public int Id { get; private set; }

    public SelfCarePlan Plan { get; private set; } = null!;

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.FindPlanAsync(User.UserId(), id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        Id = id;
        Plan = SelfCarePlan.FromSaved(saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.FindPlanAsync(User.UserId(), id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        db.SavedPlans.Remove(saved);
        await db.SaveChangesAsync(cancellationToken);
        Flash = "Your plan is deleted.";
        return Redirect("/plan");
    }
}
