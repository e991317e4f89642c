using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Web.Pages.Account;

public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public RegisterForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> TimeZones => TimeZoneChoices.All;

    /// <summary>Like signing in: a new account starts a new sign-in only after the current one has ended.</summary>
    public bool AlreadySignedIn => User.Identity?.IsAuthenticated == true;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (AlreadySignedIn)
        {
            return Page();
        }

        if (!TimeZoneChoices.IsKnown(Form.TimeZone))
        {
            ModelState.AddModelError("Form.TimeZone", "Choose your time zone from the list.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser
        {
            UserName = Form.Email.Trim(),
            Email = Form.Email.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(Form.DisplayName) ? null : Form.DisplayName.Trim(),
            TimeZoneId = Form.TimeZone,
        };
        var result = await users.CreateAsync(user, Form.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Form.Password" : "Form.Email";
                ModelState.AddModelError(field, AccountMessages.Describe(error));
            }

            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/checkins/new");
    }
}
