using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plans;

/// <summary>Builds a plan: saved for a signed-in person, carried to the print page in a link for a visitor.</summary>
public sealed class IndexModel(GuideCatalog catalog, DiaryDbContext db, TimeProvider clock) : PlanFormPage(catalog, clock)
{
    public override string SubmitLabel => SignedIn ? "Save my plan" : "Make my plan";

    public IReadOnlyList<SavedPlanLine> SavedPlans { get; private set; } = [];

    /// <summary>When to get help, above the plan: self-care may not be enough on its own.</summary>
    public IReadOnlyList<SeekCareAdvice> Advice { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    /// <summary>A visitor's "change this plan" link brings the plan back in the same query as the print page.</summary>
    public async Task OnGetAsync(
        [FromQuery(Name = "m")] string?[]? methods,
        [FromQuery(Name = "days")] string? days,
        [FromQuery(Name = "start")] string? start,
        [FromQuery(Name = "goal")] string? goal,
        CancellationToken cancellationToken)
    {
        UseLibrary();
        Form = PlanRequest.NewFor(Library, Today);
        if (methods is { Length: > 0 }
            && PlanRules.Check(PlanQuery.Parse(methods, days, start, goal), Library, Today).Plan is { } plan)
        {
            Form = PlanRequest.From(plan, Library);
        }

        await LoadSignedInPartsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        UseLibrary();
        if (CheckForm() is not { } plan)
        {
            await LoadSignedInPartsAsync(cancellationToken);
            return Page();
        }

        if (!SignedIn)
        {
            return Redirect("/plan/print?" + PlanQuery.ToQueryString(plan));
        }

        if (!await HasRoomForAsync(db, plan, editingId: null, cancellationToken))
        {
            await LoadSignedInPartsAsync(cancellationToken);
            return Page();
        }

        var saved = new SavedPlan { UserId = User.UserId() };
        plan.CopyTo(saved, Clock.GetUtcNow());
        db.SavedPlans.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        Flash = "Your plan is saved.";
        return Redirect($"/plan/{saved.Id}");
    }

    private async Task LoadSignedInPartsAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return;
        }

        var userId = User.UserId();
        Suggestions = await db.SuggestionsAsync(userId, Today, Library, cancellationToken);
        Advice = await InsightsQuery.SeekCareAdviceAsync(db, userId, Today, Library, cancellationToken);
        var plans = await db.PlansOf(userId)
            .OrderByDescending(p => p.StartDate)
            .ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.StartDate, p.LengthDays, Slugs = p.Methods.Select(m => m.MethodSlug).ToList() })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        SavedPlans = plans
            .Select(p => new SavedPlanLine(
                p.Id,
                p.StartDate,
                p.StartDate.AddDays(p.LengthDays - 1),
                Library.Methods.Where(m => p.Slugs.Contains(m.Slug)).Select(m => m.Title).ToArray()))
            .ToArray();
    }
}
