using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MuscleKnotGuide.Web.Caching;

namespace MuscleKnotGuide.Tests.Caching;

/// <summary>The rules of <see cref="FailSafeCacheStore"/> on a store that can be switched off, with a fake clock.</summary>
public sealed class FailSafeCacheStoreTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly SwitchableStore _redis = new();
    private readonly FailSafeCacheStore _store;

    public FailSafeCacheStoreTests() => _store = new FailSafeCacheStore(_redis, _clock, NullLogger<FailSafeCacheStore>.Instance);

    [Fact]
    public async Task A_silent_store_is_a_miss_and_is_left_alone_until_the_retry_time()
    {
        await _store.SetAsync("page", [1], ["diary:a"], TimeSpan.FromMinutes(1), CancellationToken.None);
        _redis.Answers = false;

        (await _store.GetAsync("page", CancellationToken.None)).Should().BeNull();
        (await _store.GetAsync("page", CancellationToken.None)).Should().BeNull();
        _redis.Calls.Should().Be(2, "one set, then one failed read; the second read does not ask");

        _redis.Answers = true;
        _clock.Advance(FailSafeCacheStore.RetryAfter);
        (await _store.GetAsync("page", CancellationToken.None)).Should().Equal(1);
    }

    [Fact]
    public async Task An_eviction_that_failed_is_sent_before_the_next_read_and_nothing_is_stored_until_then()
    {
        await _store.SetAsync("page", [1], ["diary:a"], TimeSpan.FromMinutes(1), CancellationToken.None);
        _redis.Answers = false;

        await _store.EvictByTagAsync("diary:a", CancellationToken.None);
        _redis.Answers = true;
        await _store.SetAsync("other", [2], ["diary:b"], TimeSpan.FromMinutes(1), CancellationToken.None);
        _redis.Entries.Should().NotContainKey("other", "the cache is left alone after a failure");

        _clock.Advance(FailSafeCacheStore.RetryAfter);
        (await _store.GetAsync("page", CancellationToken.None)).Should().BeNull("the save's eviction reached the cache first");
        await _store.SetAsync("other", [2], ["diary:b"], TimeSpan.FromMinutes(1), CancellationToken.None);
        _redis.Entries.Should().ContainKey("other");
    }

    [Fact]
    public async Task A_request_cancelled_by_its_browser_does_not_mark_the_store_down()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => _store.GetAsync("page", cancelled.Token).AsTask()).Should().ThrowAsync<OperationCanceledException>();
        await _store.SetAsync("page", [1], null, TimeSpan.FromMinutes(1), CancellationToken.None);
        _redis.Entries.Should().ContainKey("page");
    }

    /// <summary>A tag-aware store in memory that throws like a lost Redis connection when switched off.</summary>
    private sealed class SwitchableStore : IOutputCacheStore
    {
        public bool Answers { get; set; } = true;

        public int Calls { get; private set; }

        public Dictionary<string, (byte[] Value, string[] Tags)> Entries { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Call(cancellationToken);
            foreach (var key in Entries.Where(entry => entry.Value.Tags.Contains(tag)).Select(entry => entry.Key).ToList())
            {
                Entries.Remove(key);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            Call(cancellationToken);
            return ValueTask.FromResult(Entries.TryGetValue(key, out var entry) ? entry.Value : null);
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Call(cancellationToken);
            Entries[key] = (value, tags ?? []);
            return ValueTask.CompletedTask;
        }

        private void Call(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Calls++;
            if (!Answers)
            {
                throw new InvalidOperationException("No connection is available");
            }
        }
    }
}
