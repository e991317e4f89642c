using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MuscleKnotGuide.Web.Diary;

/// <summary>
/// The one place that ties data to its owner: every read of check-ins or plans starts here,
/// so another person's id simply finds nothing (a 404), never their data.
/// </summary>
public static class UserScope
{
    public const string TimeZoneClaim = "mkg:tz";
    public const string DisplayNameClaim = "mkg:name";
    public const string ThemeClaim = "mkg:theme";

    public static IQueryable<CheckIn> CheckInsOf(this DiaryDbContext db, string userId) =>
        db.CheckIns.Where(c => c.UserId == userId);

    public static IQueryable<SavedPlan> PlansOf(this DiaryDbContext db, string userId) =>
        db.SavedPlans.Where(p => p.UserId == userId);

    /// <summary>The signed-in person's id; only called behind [Authorize], so its absence is a bug.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    public static string TimeZoneId(this ClaimsPrincipal user) => user.FindFirstValue(TimeZoneClaim) ?? "UTC";

    public static string? DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DisplayNameClaim);

    /// <summary>Today in the signed-in person's own time zone.</summary>
    public static DateOnly Today(this ClaimsPrincipal user, TimeProvider clock) => TimeZoneChoices.Today(clock, user.TimeZoneId());
}

/// <summary>Puts the time zone and name in the sign-in cookie, so pages know "today" without a database read.</summary>
public sealed class AppUserClaimsFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserScope.TimeZoneClaim, user.TimeZoneId));
        identity.AddClaim(new Claim(UserScope.ThemeClaim, user.ThemePreference));
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(UserScope.DisplayNameClaim, user.DisplayName));
        }

        return identity;
    }
}
