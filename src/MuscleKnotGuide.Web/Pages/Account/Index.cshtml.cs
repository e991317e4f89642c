using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Web.Pages.Account;

/// <summary>The person's own details, password and sessions. Each form on the page is bound and validated on its own.</summary>
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, DiaryDbContext db, TimeProvider clock) : PageModel
{
    public const string FlashKey = "AccountFlash";

    public ProfileForm Profile { get; set; } = new();

    public PasswordForm Password { get; set; } = new();

    public string Email { get; private set; } = "";

    public string? Flash { get; private set; }

    /// <summary>The person's signed-in browsers, this one first.</summary>
    public IReadOnlyList<SessionLine> Sessions { get; private set; } = [];

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
        return await ShowAsync(user);
    }

    /// <summary>Ends every other session of the person at once; this browser stays signed in.</summary>
    public async Task<IActionResult> OnPostSignOutOthersAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return await SignedOutAsync();
        }

        var ended = await db.EndSessionsAsync(user.Id, SignInSessionStore.CurrentKey(HttpContext), HttpContext.RequestAborted);
        TempData[FlashKey] = ended == 1 ? "Signed out 1 other session." : $"Signed out {ended} other sessions.";
        return Redirect("/account");
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
            return await ShowAsync(user);
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

            return await ShowAsync(user);
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
            return await ShowAsync(user);
        }

        var result = await users.ChangePasswordAsync(user, Password.CurrentPassword, Password.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(PasswordForm.CurrentPassword) : nameof(PasswordForm.NewPassword);
                ModelState.AddModelError($"{nameof(Password)}.{field}", AccountMessages.Describe(error));
            }

            return await ShowAsync(user);
        }

        // A new password ends every other session at once (someone else may know the old one); this browser stays signed in.
        await db.EndSessionsAsync(user.Id, SignInSessionStore.CurrentKey(HttpContext), HttpContext.RequestAborted);
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
            return await ShowAsync(user);
        }

        user.ThemePreference = theme!;
        await users.UpdateAsync(user);
        // The choice travels in the sign-in cookie, so pages render it without reading the database.
        await signIn.RefreshSignInAsync(user);
        TempData[FlashKey] = $"Colour scheme saved: {ThemeChoice.Describe(theme!).ToLowerInvariant()}.";
        return Redirect("/account");
    }

    private async Task<PageResult> ShowAsync(AppUser user)
    {
        var current = SignInSessionStore.CurrentKey(HttpContext);
        var now = clock.GetUtcNow();
        var rows = await db.SessionsOf(user.Id).Where(s => s.ExpiresUtc > now.UtcDateTime)
            .OrderByDescending(s => s.LastSeenUtc)
            .Select(s => new { s.Key, s.Device, s.LastSeenUtc })
            .ToListAsync(HttpContext.RequestAborted);
        Sessions = rows
            .Select(s => new SessionLine(s.Device, SessionLastSeen.Describe(s.LastSeenUtc, now), s.Key == current))
            .OrderByDescending(s => s.IsThisDevice)
            .ToList();
        return Page();
    }

    private async Task<IActionResult> SignedOutAsync()
    {
        // The account behind the cookie no longer exists (deleted elsewhere): sign out rather than fail.
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }
}
