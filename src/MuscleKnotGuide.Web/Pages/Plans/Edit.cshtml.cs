using Microsoft.AspNetCore.Mvc;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plans;

public sealed class EditModel(GuideCatalog catalog, DiaryDbContext db, TimeProvider clock) : PlanFormPage(catalog, clock)
{
    public override string SubmitLabel => "Save changes";

    public int Id { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        UseLibrary();
        if (await db.FindPlanAsync(User.UserId(), id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        Id = id;
        Form = PlanRequest.From(SelfCarePlan.FromSaved(saved), Library);
        Suggestions = await db.SuggestionsAsync(User.UserId(), Today, Library, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        UseLibrary();
        if (await db.FindPlanAsync(User.UserId(), id, cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        Id = id;
        if (CheckForm() is not { } plan || !await HasRoomForAsync(db, plan, editingId: id, cancellationToken))
        {
            Suggestions = await db.SuggestionsAsync(User.UserId(), Today, Library, cancellationToken);
            return Page();
        }

        plan.CopyTo(saved, Clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Flash = "Your changes are saved.";
        return Redirect($"/plan/{id}");
    }
}
