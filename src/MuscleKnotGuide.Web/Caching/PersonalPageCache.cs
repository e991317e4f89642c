using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Caching;

/// <summary>
/// Caches a signed-in person's own rendering of a read-only page (insights) on the server, so a ten-year diary
/// is analysed once per change, not once per visit. An entry is keyed by the person, their today, their region, the browser's
/// antiforgery cookie (the page's sign-out form carries a token for that browser), the normalised query (<see cref="InsightsView"/>)
/// and the count of their diary's committed changes (<see cref="DiaryGeneration"/>), and is evicted the moment a change
/// to their diary is committed. Browsers still get no-store: nothing is kept on the device.
/// </summary>
public sealed class PersonalPageCache(IOptions<AntiforgeryOptions> antiforgery, DiaryGeneration generation) : IOutputCachePolicy
{
    public const string PolicyName = "personal";

    public static string TagFor(string userId) => $"diary:{userId}";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true || !HttpMethods.IsGet(http.Request.Method))
        {
            return ValueTask.CompletedTask;
        }

        var userId = http.User.UserId();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        // Only what changes the page, normalised (the one personal page cached is insights): any other or junk
        // query maps to the same entry, so one person's distinct URLs cannot fill the shared cache.
        var query = http.Request.Query;
        var view = InsightsView.From(query["range"].FirstOrDefault(), query["method"].FirstOrDefault(), http.RequestServices.GetRequiredService<GuideCatalog>().Current);
        context.CacheVaryByRules.VaryByValues["range"] = view.Range.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["method"] = view.Method;
        context.CacheVaryByRules.VaryByValues["user"] = userId;
        // Read before the page reads the diary: a page from before a commit lands under a number no later request asks for.
        context.CacheVaryByRules.VaryByValues["diary"] = generation.Of(userId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["today"] = http.User.Today(clock).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        // The page names the person's emergency numbers; a region change also evicts (the account row is saved).
        context.CacheVaryByRules.VaryByValues["region"] = http.User.FindFirstValue(UserScope.RegionClaim) ?? "default";
        context.CacheVaryByRules.VaryByValues["browser"] = Fingerprint(http.Request.Cookies[antiforgery.Value.Cookie.Name ?? ""]);
        context.Tags.Add(TagFor(userId));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // A response that sets a cookie (a renewed sign-in, a first antiforgery cookie) belongs to that moment only.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    // The key holds a hash, never the cookie itself.
    private static string Fingerprint(string? value) =>
        string.IsNullOrEmpty(value) ? "none" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
}
