using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Web.Pages.YourData;

/// <summary>Deletes the account and everything in it, after the password is typed again.</summary>
public sealed class DeleteModel(DiaryDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Type your password to delete your account.")]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";

    public DiarySize Size { get; private set; } = new(0, 0);

    public async Task OnGetAsync() => await CountAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // Wrong guesses count towards the lockout, so a session left open cannot be used to try passwords.
        var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), check.IsLockedOut
                ? "Too many wrong passwords: your account is locked for 15 minutes. Nothing was deleted."
                : "That is not your password. Nothing was deleted.");
            return await ShowAsync();
        }

        // Every row of the person goes in one transaction: their diary first, then the account with its
        // claims, logins, tokens and roles. A failure part-way leaves everything as it was.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var checkIns = db.CheckInsOf(user.Id);
            var plans = db.PlansOf(user.Id);
            await db.MethodsTried.Where(m => checkIns.Any(c => c.Id == m.CheckInId)).ExecuteDeleteAsync(cancellationToken);
            await checkIns.ExecuteDeleteAsync(cancellationToken);
            await db.PlannedMethods.Where(m => plans.Any(p => p.Id == m.SavedPlanId)).ExecuteDeleteAsync(cancellationToken);
            await plans.ExecuteDeleteAsync(cancellationToken);
            // The cascade would take them with the account; deleting them here says so. Every device is signed out at once.
            await db.EndSessionsAsync(user.Id, keep: null, cancellationToken);

            var deleted = await users.DeleteAsync(user);
            if (!deleted.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                ModelState.AddModelError(string.Empty, "Your account could not be deleted just now. Nothing was deleted; please try again.");
                return await ShowAsync();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }

    private async Task<PageResult> ShowAsync()
    {
        await CountAsync();
        return Page();
    }

    private async Task CountAsync() => Size = await DiarySize.OfAsync(db, User.UserId(), HttpContext.RequestAborted);
}
