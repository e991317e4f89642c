using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Pages.Insights;

/// <summary>Stores the answer to "Did you get this checked?" (see <see cref="SymptomFollowUp"/>) and goes back to the page asked on.</summary>
public sealed class SymptomCheckModel(DiaryDbContext db, GuideCatalog catalog, TimeProvider clock) : PageModel
{
    /// <summary>The pages that show the question; anything else goes back to insights (never an address from outside).</summary>
    private static readonly string[] ReturnPages = ["/", "/insights", "/checkins", "/plan"];

    public async Task<IActionResult> OnPostAsync(
        [FromForm(Name = "code")] string? code,
        [FromForm(Name = "day")] string? day,
        [FromForm(Name = "answer")] string? answer,
        [FromForm(Name = "returnTo")] string? returnTo,
        CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var today = User.Today(clock);
        if (catalog.Current.WarningSymptoms.All(s => s.Code != code)
            || !DayText.TryParseIso(day, out var upTo) || upTo > today
            || answer is not ("yes" or "not-yet")
            || !await db.CheckInsOf(userId).AnyAsync(c => c.Day == upTo && c.WarningSymptoms.Contains(code!), cancellationToken))
        {
            return BadRequest();
        }

        var check = await db.SymptomChecks.FirstOrDefaultAsync(c => c.UserId == userId && c.SymptomCode == code, cancellationToken);
        if (check is null)
        {
            check = new SymptomCheck { UserId = userId, SymptomCode = code! };
            db.SymptomChecks.Add(check);
        }

        check.UpToDay = upTo;
        check.Checked = answer == "yes";
        check.AnsweredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(ReturnPages.Contains(returnTo) ? returnTo! : "/insights");
    }
}
