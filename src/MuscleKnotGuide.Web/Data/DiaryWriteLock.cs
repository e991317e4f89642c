using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// A transaction in which one person's diary writes take turns, so a limit checked by counting (50 entries a day,
/// the diary's size) still holds when two saves arrive at once: each counts only after the other has committed.
/// SQLite: BEGIN IMMEDIATE takes the database's write lock before the count (the busy timeout makes the other wait).
/// PostgreSQL: the person's user row is locked FOR UPDATE, so only that person's writes wait for each other.
/// </summary>
public static class DiaryWriteLock
{
    public static async Task<IDbContextTransaction> BeginAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // deferred: false is BEGIN IMMEDIATE: the write lock now, not at the first insert after the count.
            var immediate = connection.BeginTransaction(deferred: false);
            return await db.Database.UseTransactionAsync(immediate, cancellationToken)
                ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"AspNetUsers\" WHERE \"Id\" = {userId} FOR UPDATE", cancellationToken);
        return transaction;
    }
}
