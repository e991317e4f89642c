using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Caching;

/// <summary>
/// Evicts a person's cached pages once a change to their diary is committed, whichever page made it, and counts the
/// change (<see cref="DiaryGeneration"/>). A save inside a diary write's transaction (<see cref="DiaryWriteLock"/>)
/// counts at the transaction's commit, not at SaveChanges: until the commit every other request still reads the old
/// diary, so a page rendered in between would otherwise be kept after its eviction.
/// </summary>
public sealed class DiaryChangeEviction(IOutputCacheStore store, DiaryGeneration generation) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // The people whose diaries a context has changed and not yet committed. Left over only when a transaction ends
    // without a commit or a rollback EF Core sees; the pooled context's next commit then evicts them too, which is harmless.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _uncommitted = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // Without a transaction of the caller's, SaveChanges has committed its own by now.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            CommittedAsync(eventData.Context).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await CommittedAsync(eventData.Context);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        CommittedAsync(eventData.Context).AsTask().GetAwaiter().GetResult();

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken) =>
        await CommittedAsync(eventData.Context);

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public static async ValueTask EvictUserAsync(IOutputCacheStore store, string userId, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(PersonalPageCache.TagFor(userId), cancellationToken);

    private void Remember(DbContext? context)
    {
        if (context is not null && ChangedUsers(context) is { Count: > 0 } users)
        {
            _uncommitted.GetOrCreateValue(context).UnionWith(users);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _uncommitted.Remove(context);
        }
    }

    private void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    // Every count first: from then on a request asks for the new number, whatever is still in the store. The commit
    // stands by now, so the eviction is not cancelled with the request: that would report a made save as failed.
    private async ValueTask CommittedAsync(DbContext? context)
    {
        if (context is null || !_uncommitted.TryGetValue(context, out var users))
        {
            return;
        }

        _uncommitted.Remove(context);
        foreach (var userId in users)
        {
            generation.Advance(userId);
        }

        foreach (var userId in users)
        {
            await EvictUserAsync(store, userId, CancellationToken.None);
        }
    }

    private static HashSet<string> ChangedUsers(DbContext context)
    {
        var checkInIds = context.ChangeTracker.Entries<MethodTried>().Select(e => e.Entity.CheckInId).ToHashSet();
        return context.ChangeTracker.Entries()
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
    }
}
