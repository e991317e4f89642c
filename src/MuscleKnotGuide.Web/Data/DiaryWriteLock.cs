using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// A transaction in which one person's diary writes take turns, so a limit checked by counting (50 entries a day,
/// the diary's size) still holds when two saves arrive at once: each counts only after the other has committed.
/// SQLite: BEGIN IMMEDIATE takes the database's write lock before the count. Saves in this process first queue for
/// it on a <see cref="SemaphoreSlim"/>, waiting without holding a thread: left to SQLite's busy timeout, every
/// waiting save blocked a thread-pool thread in SQLite's sleep-and-retry, and 32 concurrent saves starved the pool
/// (README, Benchmark). The busy timeout still covers another process on the same file.
/// The turn commits without SQLite's own flush and ends at once; the save is answered only after a shared flush of
/// the write-ahead log (<see cref="GroupFlush"/>), so saves no longer take turns at the disk (README, Benchmark).
/// PostgreSQL: the person's user row is locked FOR UPDATE, so only that person's writes wait for each other.
/// </summary>
public static class DiaryWriteLock
{
    // One queue and one flush per database file: tests run many apps with their own files in one process.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, GroupFlush> Flushes = new(StringComparer.Ordinal);

    public static async Task<DiaryWriteTurn> BeginAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken)
    {
        // The whole save is one transaction, rolled back whole on failure: EF Core's savepoint around
        // SaveChanges would only add two statements to every save.
        db.Database.AutoSavepointsEnabled = false;
        if (db.Database.IsSqlite())
        {
            var queue = Queues.GetOrAdd(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource, _ => new SemaphoreSlim(1, 1));
            await queue.WaitAsync(cancellationToken);
            SqliteCommitWithoutSync? withoutSync = null;
            SqliteTransaction? immediate = null;
            try
            {
                // Opened here, so it stays open until the context ends: past the flush, so SQLite cannot delete the log before it.
                await db.Database.OpenConnectionAsync(cancellationToken);
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                var flush = Flushes.GetOrAdd(connection.DataSource, file => new GroupFlush(() => FlushLog(file + "-wal")));
                withoutSync = SqliteCommitWithoutSync.Begin(connection, flush);

                // deferred: false is BEGIN IMMEDIATE: the write lock now, not at the first insert after the count.
                immediate = connection.BeginTransaction(deferred: false);
                var transaction = await db.Database.UseTransactionAsync(immediate, cancellationToken)
                    ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
                return new DiaryWriteTurn(transaction, queue, withoutSync);
            }
            catch
            {
                immediate?.Dispose();
                withoutSync?.RestoreSync();
                queue.Release();
                throw;
            }
        }

        var serverTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"AspNetUsers\" WHERE \"Id\" = {userId} FOR UPDATE", cancellationToken);
        return new DiaryWriteTurn(serverTransaction, queue: null, withoutSync: null);
    }

    /// <summary>
    /// fsync of the write-ahead log, which is what synchronous = FULL adds to each commit. Opened by name each time:
    /// SQLite deletes and recreates the log. Safe beside SQLite's locks: closing a file drops the process's POSIX locks
    /// on that file only, and SQLite locks the database and its -shm file, never the log; .NET's own lock is flock,
    /// apart from POSIX locks (README, Benchmark).
    /// </summary>
    private static void FlushLog(string file)
    {
        using var log = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.FlushToDisk(log);
    }
}
