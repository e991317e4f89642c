using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Caching;

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
                AboutYou.RiskHistory risk => risk.UserId,
                Insights.SymptomCheck check => check.UserId,
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
