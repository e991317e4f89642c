using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MuscleKnotGuide.Web.Data;

/// <summary>Puts the time zone, theme, region and name in the sign-in cookie, so pages know "today" without a database read.</summary>
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
        if (user.CareRegion is { Length: > 0 } region)
        {
            identity.AddClaim(new Claim(UserScope.RegionClaim, region));
        }
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(UserScope.DisplayNameClaim, user.DisplayName));
        }

        return identity;
    }
}
