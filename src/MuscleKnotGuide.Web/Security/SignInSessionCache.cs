using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Keeps a session that was just read from the database in memory until its "last seen" is due again
/// (<see cref="SignInSessionStore.LastSeenStep"/>), so a signed-in page does not read the session row and decrypt its
/// ticket on every request (the benchmark: that alone cut a signed-in request's throughput by nine tenths).
/// Ending sessions stays immediate: any SQL that deletes session or account rows, whichever code sends it
/// ("sign out everywhere else", a password change, account deletion, sign-out), empties the whole cache.
/// Only when this process is the database's only user (SQLite): another instance's deletions are never seen here,
/// so on PostgreSQL every request reads the shared table as before.
/// </summary>
public sealed class SignInSessionCache(IConfiguration configuration) : DbCommandInterceptor, IDisposable
{
    private static readonly string[] EndingStatements = ["DELETE FROM \"SignInSessions\"", "DELETE FROM \"AspNetUsers\""];

    private readonly MemoryCache _entries = new(new MemoryCacheOptions());

    private long _generation;

    public bool Enabled { get; } = DataSetup.DatabaseProviderOf(configuration) == DatabaseProvider.Sqlite;

    /// <summary>The ticket's unprotected bytes, while fresh at <paramref name="now"/>.</summary>
    public byte[]? Find(string key, DateTimeOffset now) =>
        Enabled && _entries.TryGetValue(key, out Entry? entry) && entry is not null && now < entry.FreshUntil ? entry.Ticket : null;

    /// <summary>Read before the session row: a row read before an ending statement is not kept after it.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public void Keep(string key, byte[] ticket, DateTimeOffset freshUntil, DateTimeOffset now, long generation)
    {
        if (Enabled && freshUntil > now && generation == Generation)
        {
            // The memory cache's own (real) clock only tidies up; freshness is judged with the app's clock above.
            _entries.Set(key, new Entry(ticket, freshUntil), freshUntil - now);
        }
    }

    /// <summary>Also drops what a read still in flight would keep, so it cannot bring the old ticket back.</summary>
    public void Forget(string key)
    {
        Interlocked.Increment(ref _generation);
        _entries.Remove(key);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        ForgetAllIfEnding(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        ForgetAllIfEnding(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ForgetAllIfEnding(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetAllIfEnding(command);
        return ValueTask.FromResult(result);
    }

    public void Dispose() => _entries.Dispose();

    // Emptying everything is rare (people sign out seldom) and always safe: the next request reads the row again.
    private void ForgetAllIfEnding(DbCommand command)
    {
        if (Enabled && EndingStatements.Any(statement => command.CommandText.Contains(statement, StringComparison.OrdinalIgnoreCase)))
        {
            Interlocked.Increment(ref _generation);
            _entries.Clear();
        }
    }

    private sealed record Entry(byte[] Ticket, DateTimeOffset FreshUntil);
}
