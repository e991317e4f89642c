using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.AboutYou;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Pages.Account;

/// <summary>"About you": optional history that changes how soon to see a doctor. Asked once on the home page, changed here.</summary>
public sealed class AboutYouModel(DiaryDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AboutYouForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Form = AboutYouForm.From(await FindAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var band = string.IsNullOrEmpty(Form.AgeBand) ? null : AgeBands.FromCode(Form.AgeBand);
        if (!string.IsNullOrEmpty(Form.AgeBand) && band is null)
        {
            ModelState.AddModelError("Form.AgeBand", "Choose an age band from the list, or \"I'd rather not say\".");
        }

        bool? newPain = Form.NewPain switch { "yes" => true, "no" => false, null or "" => null, _ => null };
        if (Form.NewPain is not (null or "" or "yes" or "no"))
        {
            ModelState.AddModelError("Form.NewPain", "Answer yes, no, or \"I'd rather not say\".");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var risk = await FindOrAddAsync(cancellationToken);
        Form.CopyTo(risk, band, newPain);
        await db.SaveChangesAsync(cancellationToken);
        TempData[IndexModel.FlashKey] = "Saved what you told us about you. Your advice now takes it into account.";
        return Redirect("/account");
    }

    /// <summary>"Not now" on the home page: an empty row, so the home page stops asking; this page can still be filled in.</summary>
    public async Task<IActionResult> OnPostDismissAsync(CancellationToken cancellationToken)
    {
        await FindOrAddAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/");
    }

    private Task<RiskHistory?> FindAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        return db.RiskHistories.FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
    }

    private async Task<RiskHistory> FindOrAddAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } risk)
        {
            risk = new RiskHistory { UserId = User.UserId() };
            db.RiskHistories.Add(risk);
        }

        risk.UpdatedAt = clock.GetUtcNow();
        return risk;
    }
}
