using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn, DiaryDbContext db) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // Signing out ends the person's sessions on other devices too, at once (their rows go), so signing out on a
        // phone also signs out a forgotten session on a shared computer. This device's row goes with the cookie.
        if (User.Identity?.IsAuthenticated == true)
        {
            await db.EndSessionsAsync(User.UserId(), keep: null, HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
