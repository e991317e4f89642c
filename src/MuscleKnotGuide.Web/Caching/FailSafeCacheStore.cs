using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;

namespace MuscleKnotGuide.Web.Caching;

/// <summary>
/// Wraps the shared page cache (Redis) so that losing it costs speed, never a page or a save: while it does not
/// answer, pages are rendered fresh and nothing is stored, and an eviction that could not be sent is kept and sent
/// before this instance reads from the cache again, so a save made during the outage is never hidden by a page
/// cached before it. After a failure the cache is left alone for <see cref="RetryAfter"/>, so only one request in
/// that time waits for Redis's timeout.
/// </summary>
public sealed class FailSafeCacheStore(IOutputCacheStore inner, TimeProvider clock, ILogger<FailSafeCacheStore> logger) : IOutputCacheStore, IOutputCacheBufferStore
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    // Tags whose eviction has not reached the cache yet; values unused.
    private readonly ConcurrentDictionary<string, bool> _unsentEvictions = new(StringComparer.Ordinal);
    private long _leftAloneUntil;
    private int _down;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await ReadyToReadAsync(cancellationToken))
        {
            return null;
        }

        try
        {
            var value = await inner.GetAsync(key, cancellationToken);
            Answered();
            return value;
        }
        catch (Exception exception) when (IsOutage(exception, cancellationToken))
        {
            Failed(exception);
            return null;
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffered)
        {
            var value = await GetAsync(key, cancellationToken);
            if (value is null)
            {
                return false;
            }

            await destination.WriteAsync(value, cancellationToken);
            return true;
        }

        if (!await ReadyToReadAsync(cancellationToken))
        {
            return false;
        }

        try
        {
            var found = await buffered.TryGetAsync(key, destination, cancellationToken);
            Answered();
            return found;
        }
        catch (Exception exception) when (IsOutage(exception, cancellationToken))
        {
            Failed(exception);
            return false;
        }
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        StoreAsync(() => inner.SetAsync(key, value, tags, validFor, cancellationToken), cancellationToken);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        inner is IOutputCacheBufferStore buffered
            ? StoreAsync(() => buffered.SetAsync(key, value, tags, validFor, cancellationToken), cancellationToken)
            : SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        _unsentEvictions[tag] = true;
        if (LeftAlone)
        {
            return;
        }

        try
        {
            await SendEvictionsAsync(cancellationToken);
        }
        catch (Exception exception) when (IsOutage(exception, cancellationToken))
        {
            Failed(exception);
        }
    }

    private bool LeftAlone => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _leftAloneUntil);

    // A page is stored only while the cache answers and every earlier eviction has reached it: otherwise a page
    // rendered before a save could be stored over the save's eviction.
    private async ValueTask StoreAsync(Func<ValueTask> store, CancellationToken cancellationToken)
    {
        if (LeftAlone || !_unsentEvictions.IsEmpty)
        {
            return;
        }

        try
        {
            await store();
            Answered();
        }
        catch (Exception exception) when (IsOutage(exception, cancellationToken))
        {
            Failed(exception);
        }
    }

    private async ValueTask<bool> ReadyToReadAsync(CancellationToken cancellationToken)
    {
        if (LeftAlone)
        {
            return false;
        }

        try
        {
            await SendEvictionsAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (IsOutage(exception, cancellationToken))
        {
            Failed(exception);
            return false;
        }
    }

    private async ValueTask SendEvictionsAsync(CancellationToken cancellationToken)
    {
        // Checked on every read: IsEmpty and the enumerator take no lock, unlike Keys.
        if (_unsentEvictions.IsEmpty)
        {
            return;
        }

        foreach (var (tag, _) in _unsentEvictions)
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
            _unsentEvictions.TryRemove(tag, out _);
        }
    }

    // The request's own cancellation (the browser went away) says nothing about the cache.
    private static bool IsOutage(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private void Failed(Exception exception)
    {
        Interlocked.Exchange(ref _leftAloneUntil, (clock.GetUtcNow() + RetryAfter).UtcTicks);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            // The type only: a Redis error message quotes the key, and a key names a person and a page.
            logger.LogWarning("The shared page cache does not answer ({ErrorType}); pages are served uncached and it is tried again every {RetrySeconds} s", exception.GetType().Name, RetryAfter.TotalSeconds);
        }
    }

    private void Answered()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            logger.LogInformation("The shared page cache answers again");
        }
    }
}
