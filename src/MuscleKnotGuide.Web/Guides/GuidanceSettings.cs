using System.Security.Claims;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Guides;

/// <summary>How guides speak to this site's visitors: the region whose emergency numbers and words they show.</summary>
public sealed record GuidanceSettings(CareRegion DefaultRegion)
{
    /// <summary>
    /// The region a person chose on their account page (claim <see cref="UserScope.RegionClaim"/>, so no database
    /// read), or the site's default for visitors and for people who have not chosen.
    /// </summary>
    public CareRegion RegionFor(ClaimsPrincipal user) =>
        CareRegion.Find(user.FindFirstValue(UserScope.RegionClaim)) ?? DefaultRegion;
}
