using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Pages.Account;

/// <summary>
/// Where the person lives, for the emergency numbers and the words ("A&amp;E" or "emergency room", "GP" or "doctor")
/// the guides and the advice use. Its form sits on the account page; it posts here and comes back there.
/// </summary>
public sealed class RegionModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Region")] string? region)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            await signIn.SignOutAsync();
            return Redirect("/account/login");
        }

        if (CareRegion.Find(region) is not { } chosen)
        {
            ModelState.AddModelError("Region", "Choose where you live from the list.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        user.CareRegion = chosen.Code;
        await users.UpdateAsync(user);
        // The region travels in the sign-in cookie, so pages show its numbers without reading the database.
        await signIn.RefreshSignInAsync(user);
        TempData[IndexModel.FlashKey] = $"Region saved: {chosen.Name}. Emergency numbers now show as {chosen.EmergencyNumbersText}.";
        return Redirect("/account");
    }
}
