using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// One save's turn at the diary (<see cref="DiaryWriteLock"/>): commit it, or dispose it to roll back. The next save
/// in this process is let in only once the transaction has ended, so it never waits on SQLite's own lock.
/// On SQLite the turn ends right after the commit and the save then waits for a flush that began after it
/// (<see cref="GroupFlush"/>): <see cref="CommitAsync"/> returns only once the entry is on the disk, as at
/// synchronous = FULL, and throws <see cref="DiaryFlushException"/> if the disk did not confirm it.
/// </summary>
public sealed class DiaryWriteTurn(IDbContextTransaction transaction, SemaphoreSlim? queue, SqliteCommitWithoutSync? withoutSync) : IAsyncDisposable
{
    private SemaphoreSlim? _queue = queue;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        if (withoutSync is null)
        {
            return;
        }

        // The commit stands from here on, so the flush is asked for first: the person's answer depends on it alone.
        var flushed = withoutSync.Flush.FlushAsync();
        try
        {
            withoutSync.RestoreSync();
        }
        catch (SqliteException)
        {
            // The connection is already out of use (RestoreSync), so nothing else writes through it at NORMAL.
        }
        finally
        {
            EndTurn();
        }

        await flushed.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            var sqliteTransaction = withoutSync is null ? null : transaction.GetDbTransaction();
            await transaction.DisposeAsync();
            if (sqliteTransaction is not null)
            {
                // EF Core does not end a transaction it was handed; SQLite's setting can change only once it has ended.
                await sqliteTransaction.DisposeAsync();
                withoutSync!.RestoreSync();
            }
        }
        finally
        {
            EndTurn();
        }
    }

    private void EndTurn() => Interlocked.Exchange(ref _queue, null)?.Release();
}
