using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Pages.Account;

/// <summary>The person's own details and password. Two forms on one page, each bound and validated on its own.</summary>
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public const string FlashKey = "AccountFlash";

    public ProfileForm Profile { get; set; } = new();

    public PasswordForm Password { get; set; } = new();

    public string Email { get; private set; } = "";

    public string? Flash { get; private set; }

    public IReadOnlyList<string> TimeZones => TimeZoneChoices.All;

    /// <summary>"system", "light" or "dark": the choice shown checked on the page.</summary>
    public string Theme { get; private set; } = ThemeChoice.System;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return await SignedOutAsync();
        }

        Email = user.Email ?? "";
        Profile = new ProfileForm { DisplayName = user.DisplayName, TimeZone = user.TimeZoneId };
        Theme = user.ThemePreference;
        Flash = TempData[FlashKey] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return await SignedOutAsync();
        }

        Email = user.Email ?? "";
        Theme = user.ThemePreference;
        await TryUpdateModelAsync(Profile, nameof(Profile));
        if (!TimeZoneChoices.IsKnown(Profile.TimeZone))
        {
            ModelState.AddModelError($"{nameof(Profile)}.{nameof(ProfileForm.TimeZone)}", "Choose your time zone from the list.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.DisplayName = string.IsNullOrWhiteSpace(Profile.DisplayName) ? null : Profile.DisplayName.Trim();
        user.TimeZoneId = Profile.TimeZone;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, AccountMessages.Describe(error));
            }

            return Page();
        }

        // The time zone and name travel in the sign-in cookie; refresh it so "today" follows the new zone at once.
        await signIn.RefreshSignInAsync(user);
        TempData[FlashKey] = "Saved your details.";
        return Redirect("/account");
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return await SignedOutAsync();
        }

        Email = user.Email ?? "";
        Profile = new ProfileForm { DisplayName = user.DisplayName, TimeZone = user.TimeZoneId };
        Theme = user.ThemePreference;
        await TryUpdateModelAsync(Password, nameof(Password));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Password.CurrentPassword, Password.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(PasswordForm.CurrentPassword) : nameof(PasswordForm.NewPassword);
                ModelState.AddModelError($"{nameof(Password)}.{field}", AccountMessages.Describe(error));
            }

            return Page();
        }

        // Changing the password renews the security stamp; refresh so this browser stays signed in.
        await signIn.RefreshSignInAsync(user);
        TempData[FlashKey] = "Your password has been changed.";
        return Redirect("/account");
    }

    /// <summary>Bound here, not as a page property, so the other two forms never have to send it.</summary>
    public async Task<IActionResult> OnPostThemeAsync([FromForm(Name = "Theme")] string? theme)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return await SignedOutAsync();
        }

        if (!ThemeChoice.IsKnown(theme))
        {
            Email = user.Email ?? "";
            Profile = new ProfileForm { DisplayName = user.DisplayName, TimeZone = user.TimeZoneId };
            ModelState.AddModelError(nameof(Theme), "Choose one of the three colour schemes.");
            Theme = user.ThemePreference;
            return Page();
        }

        user.ThemePreference = theme!;
        await users.UpdateAsync(user);
        // The choice travels in the sign-in cookie, so pages render it without reading the database.
        await signIn.RefreshSignInAsync(user);
        TempData[FlashKey] = $"Colour scheme saved: {ThemeChoice.Describe(theme!).ToLowerInvariant()}.";
        return Redirect("/account");
    }

    private async Task<IActionResult> SignedOutAsync()
    {
        // The account behind the cookie no longer exists (deleted elsewhere): sign out rather than fail.
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }
}

public sealed class ProfileForm
{
    [StringLength(100, ErrorMessage = "Keep your name under 100 characters.")]
    [Display(Name = "Your name (optional)")]
    public string? DisplayName { get; set; }

    [Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "UTC";
}

public sealed class PasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(128, MinimumLength = 8, ErrorMessage = "Use at least 8 characters (a longer passphrase is even better).")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords don't match.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
