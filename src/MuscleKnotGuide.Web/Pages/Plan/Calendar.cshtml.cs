using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Pages.Plan;

/// <summary>Calendar reminders for an unsaved plan carried in the link.</summary>
public sealed class CalendarModel(GuideCatalog catalog, TimeProvider clock) : PageModel
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

        return PlanFile.Calendar(plan, library, clock, $"plan-{PlanRules.FormatDate(plan.StartDate)}");
    }
}

/// <summary>The .ics download, the same for saved and unsaved plans.</summary>
public static class PlanFile
{
    public static IActionResult Calendar(SelfCarePlan plan, GuideLibrary library, TimeProvider clock, string uidPrefix)
    {
        // A calendar needs at least one event (RFC 5545); a plan of medication only has none to offer.
        if (plan.Methods.All(m => m.IsLabelDirected))
        {
            return new NotFoundResult();
        }

        var ics = PlanCalendar.Create(plan, library, clock.GetUtcNow(), uidPrefix);
        return new FileContentResult(Encoding.UTF8.GetBytes(ics), $"{PlanCalendar.ContentType}; charset=utf-8")
        {
            FileDownloadName = PlanCalendar.FileName,
        };
    }
}
