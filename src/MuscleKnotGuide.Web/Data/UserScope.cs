using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// The one place that ties data to its owner: every read of check-ins or plans starts here,
/// so another person's id simply finds nothing (a 404), never their data.
/// </summary>
public static class UserScope
{
    public const string TimeZoneClaim = "mkg:tz";
    public const string DisplayNameClaim = "mkg:name";
    public const string ThemeClaim = "mkg:theme";
    public const string RegionClaim = "mkg:region";

    public static IQueryable<CheckIn> CheckInsOf(this DiaryDbContext db, string userId) =>
        db.CheckIns.Where(c => c.UserId == userId);

    public static IQueryable<SavedPlan> PlansOf(this DiaryDbContext db, string userId) =>
        db.SavedPlans.Where(p => p.UserId == userId);

    public static IQueryable<SignInSession> SessionsOf(this DiaryDbContext db, string userId) =>
        db.SignInSessions.Where(s => s.UserId == userId);

    /// <summary>Ends every session of the person but <paramref name="keep"/> (this device's, or null for all) at once.</summary>
    public static Task<int> EndSessionsAsync(this DiaryDbContext db, string userId, string? keep, CancellationToken cancellationToken) =>
        db.SessionsOf(userId).Where(s => keep == null || s.Key != keep).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The signed-in person's id; only called behind [Authorize], so its absence is a bug.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    public static string TimeZoneId(this ClaimsPrincipal user) => user.FindFirstValue(TimeZoneClaim) ?? "UTC";

    public static string? DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DisplayNameClaim);

    /// <summary>Today in the signed-in person's own time zone.</summary>
    public static DateOnly Today(this ClaimsPrincipal user, TimeProvider clock) => TimeZoneChoices.Today(clock, user.TimeZoneId());

    /// <summary>The time now on the signed-in person's own clock, to the minute.</summary>
    public static TimeOnly TimeNow(this ClaimsPrincipal user, TimeProvider clock) => TimeZoneChoices.TimeNow(clock, user.TimeZoneId());
}
