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
/// PostgreSQL: the person's user row is locked FOR UPDATE, so only that person's writes wait for each other.
/// </summary>
public static class DiaryWriteLock
{
    // One queue per database file: tests run many apps with their own files in one process.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    public static async Task<DiaryWriteTurn> BeginAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken)
    {
        // The whole save is one transaction, rolled back whole on failure: EF Core's savepoint around
        // SaveChanges would only add two statements to every save.
        db.Database.AutoSavepointsEnabled = false;
        if (db.Database.IsSqlite())
        {
            var queue = Queues.GetOrAdd(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource, _ => new SemaphoreSlim(1, 1));
            await queue.WaitAsync(cancellationToken);
            try
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                // deferred: false is BEGIN IMMEDIATE: the write lock now, not at the first insert after the count.
                var immediate = connection.BeginTransaction(deferred: false);
                var transaction = await db.Database.UseTransactionAsync(immediate, cancellationToken)
                    ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
                return new DiaryWriteTurn(transaction, queue);
            }
            catch
            {
                queue.Release();
                throw;
            }
        }

        var serverTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"AspNetUsers\" WHERE \"Id\" = {userId} FOR UPDATE", cancellationToken);
        return new DiaryWriteTurn(serverTransaction, queue: null);
    }
}
