using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Pages.Plans;

/// <summary>Calendar reminders for an unsaved plan carried in the link.</summary>
public sealed class CalendarModel(GuideCatalog catalog, TimeProvider clock, PublicAddress publicAddress) : PageModel
{
    public IActionResult OnGet(
        [FromQuery(Name = "m")] string?[]? methods,
        [FromQuery(Name = "days")] string? days,
        [FromQuery(Name = "start")] string? start,
        [FromQuery(Name = "goal")] string? goal)
    {
        var library = catalog.Current;
        var today = User.Identity?.IsAuthenticated == true ? User.Today(clock) : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (PlanRules.Check(PlanQuery.Parse(methods ?? [], days, start, goal), library, today).Plan is not { } plan)
        {
            return BadRequest();
        }

        return PlanFile.Calendar(plan, library, clock, $"plan-{DayText.Iso(plan.StartDate)}", publicAddress);
    }
}
