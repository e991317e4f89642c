using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plans;

/// <summary>Prints an unsaved plan carried in the link; the link is checked exactly like the form.</summary>
public sealed class PrintModel(GuideCatalog catalog, DiaryDbContext db, TimeProvider clock) : PageModel
{
    public PlanSheet? Sheet { get; private set; }

    public IReadOnlyList<FieldError> Problems { get; private set; } = [];

    public string Query { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "m")] string?[]? methods,
        [FromQuery(Name = "days")] string? days,
        [FromQuery(Name = "start")] string? start,
        [FromQuery(Name = "goal")] string? goal,
        CancellationToken cancellationToken)
    {
        var library = catalog.Current;
        var signedIn = User.Identity?.IsAuthenticated == true;
        var today = signedIn ? User.Today(clock) : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var check = PlanRules.Check(PlanQuery.Parse(methods ?? [], days, start, goal), library, today);
        if (check.Plan is not { } plan)
        {
            Problems = check.Problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Query = PlanQuery.ToQueryString(plan);
        var recentTrend = signedIn ? await db.RecentTrendAsync(User.UserId(), today, cancellationToken) : null;
        Sheet = PlanSheet.Build(plan, library, signedIn ? User.DisplayName() : null, recentTrend);
        return Page();
    }
}
