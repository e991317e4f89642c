using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Web.Pages.Account;

public sealed class LoginModel(PasswordSignIn signIn) : PageModel
{
    [BindProperty]
    public LoginForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>
    /// Signing in over a live sign-in would keep its session key (the cookie handler renews the key it read), so a
    /// copy of the old cookie would open the new sign-in. People sign out first; then every sign-in gets a new key.
    /// </summary>
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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // An email without an account gets the same answers, lockout included, after the same time (PasswordSignIn).
        var result = await signIn.TryAsync(Form.Email.Trim(), Form.Password, Form.RememberMe);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/checkins");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Too many failed attempts: sign-in with this email is locked for 15 minutes. Try again later."
            : "The email or password is not right. Check them and try again.");
        return Page();
    }
}

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.com.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }
}
