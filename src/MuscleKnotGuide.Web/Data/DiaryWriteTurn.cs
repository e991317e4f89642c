using Microsoft.EntityFrameworkCore.Storage;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// One save's turn at the diary (<see cref="DiaryWriteLock"/>): commit it, or dispose it to roll back. The next save
/// in this process is let in only once the transaction has ended, so it never waits on SQLite's own lock.
/// </summary>
public sealed class DiaryWriteTurn(IDbContextTransaction transaction, SemaphoreSlim? queue) : IAsyncDisposable
{
    private SemaphoreSlim? _queue = queue;

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            Interlocked.Exchange(ref _queue, null)?.Release();
        }
    }
}
