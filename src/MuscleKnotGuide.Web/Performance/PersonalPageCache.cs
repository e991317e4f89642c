using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Diary;

namespace MuscleKnotGuide.Web.Performance;

/// <summary>
/// Caches a signed-in person's own rendering of a read-only page (insights) on the server, so a ten-year diary
/// is analysed once per change, not once per visit. An entry is keyed by the person, their today, the browser's
/// antiforgery cookie (the page's sign-out form carries a token for that browser) and the query, and is evicted
/// the moment anything in their diary is saved. Browsers still get no-store: nothing is kept on the device.
/// </summary>
public sealed class PersonalPageCache(IOptions<AntiforgeryOptions> antiforgery) : IOutputCachePolicy
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
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["user"] = userId;
        context.CacheVaryByRules.VaryByValues["today"] = http.User.Today(clock).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
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

/// <summary>Evicts a person's cached pages whenever a save touches their diary, whichever page made it.</summary>
public sealed class DiaryChangeEviction(IOutputCacheStore store) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        // Before saving as well as after: a request that renders between the two must not keep stale figures.
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public static async ValueTask EvictUserAsync(IOutputCacheStore store, string userId, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(PersonalPageCache.TagFor(userId), cancellationToken);

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        var checkInIds = context.ChangeTracker.Entries<MethodTried>().Select(e => e.Entity.CheckInId).ToHashSet();
        var users = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                CheckIn checkIn => checkIn.UserId,
                AppUser user => user.Id,
                _ => null,
            })
            .OfType<string>()
            .Concat(context.ChangeTracker.Entries<CheckIn>().Where(e => checkInIds.Contains(e.Entity.Id)).Select(e => e.Entity.UserId))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var userId in users)
        {
            await EvictUserAsync(store, userId, cancellationToken);
        }
    }
}
