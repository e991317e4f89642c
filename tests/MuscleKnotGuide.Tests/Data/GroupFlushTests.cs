using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>Group commit's rule: a save is answered only after a flush that began after its commit; one flush serves many.</summary>
public sealed class GroupFlushTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>A flush that runs until the test lets it end, so the test decides what happens meanwhile.</summary>
    private sealed class HeldFlush
    {
        private readonly SemaphoreSlim _started = new(0);
        private readonly SemaphoreSlim _end = new(0);

        public int Count;

        public void Run()
        {
            Interlocked.Increment(ref Count);
            _started.Release();
            _end.Wait(Wait);
        }

        public async Task StartedAsync() => (await _started.WaitAsync(Wait)).Should().BeTrue("a flush should have begun");

        public void End() => _end.Release();
    }

    [Fact]
    public async Task A_save_made_while_a_flush_runs_waits_for_the_next_flush_and_the_saves_made_meanwhile_share_it()
    {
        var flush = new HeldFlush();
        var group = new GroupFlush(flush.Run);

        var first = group.FlushAsync();
        await flush.StartedAsync();
        var second = group.FlushAsync();
        var third = group.FlushAsync();

        flush.End();
        await first.WaitAsync(Wait);
        await flush.StartedAsync();
        await Task.Delay(50);
        second.IsCompleted.Should().BeFalse("the flush that was running began before the second save committed");
        third.IsCompleted.Should().BeFalse();

        flush.End();
        await Task.WhenAll(second, third).WaitAsync(Wait);
        flush.Count.Should().Be(2, "the second and third saves share one flush");
    }

    [Fact]
    public async Task Under_many_concurrent_saves_every_save_ends_after_a_flush_that_began_after_it_and_flushes_are_shared()
    {
        int started = 0, finished = 0;
        var group = new GroupFlush(() =>
        {
            Interlocked.Increment(ref started);
            Thread.Sleep(2);
            Interlocked.Increment(ref finished);
        });

        var saves = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            await Task.Delay(i % 20);
            var startedBefore = Volatile.Read(ref started);
            await group.FlushAsync();
            return (StartedBefore: startedBefore, FinishedAfter: Volatile.Read(ref finished));
        }));
        var results = await Task.WhenAll(saves).WaitAsync(TimeSpan.FromSeconds(30));

        results.Should().OnlyContain(r => r.FinishedAfter >= r.StartedBefore + 1,
            "a flush that was already running when the save asked cannot be the one that answers it");
        started.Should().BeLessThan(400, "saves that arrive during a flush share the next one");
    }

    [Fact]
    public async Task A_failed_flush_fails_its_saves_and_every_later_save_without_trying_the_disk_again()
    {
        var flushes = 0;
        var group = new GroupFlush(() =>
        {
            Interlocked.Increment(ref flushes);
            throw new IOException("Input/output error");
        });

        var first = () => group.FlushAsync().WaitAsync(Wait);
        (await first.Should().ThrowAsync<DiaryFlushException>()).WithInnerException<IOException>();
        var later = () => group.FlushAsync().WaitAsync(Wait);
        await later.Should().ThrowAsync<DiaryFlushException>("after a failed fsync a later one may succeed without the lost pages");
        flushes.Should().Be(1);
    }
}
