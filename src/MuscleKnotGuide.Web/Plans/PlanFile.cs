using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>The .ics download, the same for saved and unsaved plans.</summary>
public static class PlanFile
{
    public static IActionResult Calendar(SelfCarePlan plan, GuideLibrary library, TimeProvider clock, string uidPrefix, PublicAddress publicAddress)
    {
        // A calendar needs at least one event (RFC 5545); a plan of medication only has none to offer.
        if (plan.Methods.All(m => m.IsLabelDirected))
        {
            return new NotFoundResult();
        }

        var ics = PlanCalendar.Create(plan, library, clock.GetUtcNow(), uidPrefix, publicAddress.Of(PlanCalendar.CheckInPath));
        return new FileContentResult(Encoding.UTF8.GetBytes(ics), $"{PlanCalendar.ContentType}; charset=utf-8")
        {
            FileDownloadName = PlanCalendar.FileName,
        };
    }
}
