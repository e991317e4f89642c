using System.Text;
using MuscleKnotGuide.Web;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>
/// The console the log writes to: every line arrives whole and in order, a slow reader holds writers back rather than
/// letting memory grow, and a reader that went away does not stop the app.
/// </summary>
public sealed class BatchedConsoleOutputTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Lines_written_from_many_threads_at_once_all_arrive_whole_and_each_thread_s_in_order()
    {
        var stream = new MemoryStream();
        var output = new BatchedConsoleOutput(stream);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                output.WriteLine($"thread {thread} line {i} ünïcødé 😀");
            }
        }, TestContext.Current.CancellationToken)));

        output.Drain(Patience).Should().BeTrue();
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(40_000);
        foreach (var thread in Enumerable.Range(0, 8))
        {
            lines.Where(l => l.StartsWith($"thread {thread} ", StringComparison.Ordinal))
                .Should().Equal(Enumerable.Range(0, 5_000).Select(i => $"thread {thread} line {i} ünïcødé 😀"));
        }
    }

    [Fact]
    public void A_character_made_of_two_halves_split_across_the_buffer_s_pieces_arrives_intact()
    {
        // The pending text is kept in pieces; some prefix length puts the pair's halves in two of them.
        for (var prefix = 0; prefix < 100; prefix++)
        {
            var stream = new MemoryStream();
            var output = new BatchedConsoleOutput(stream);
            var text = new string('a', prefix) + "😀" + new string('b', 20_000) + "😀";

            output.Write(text);

            output.Drain(Patience).Should().BeTrue();
            Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text, $"with {prefix} characters before it");
        }
    }

    [Fact]
    public async Task When_stdout_is_not_read_writers_wait_at_the_limit_and_go_on_once_it_is()
    {
        using var reader = new HeldStream();
        var output = new BatchedConsoleOutput(reader, pendingLimit: 1_000);
        output.Write("first");
        reader.Started.Wait(Patience).Should().BeTrue("the writer took the first line and is stuck writing it");

        var writing = Task.Run(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                output.Write(new string('x', 100));
            }
        }, TestContext.Current.CancellationToken);

        await Task.Delay(500, TestContext.Current.CancellationToken);
        writing.IsCompleted.Should().BeFalse("10,000 characters do not fit in 1,000 while nothing is written");

        reader.Release.Set();
        await writing.WaitAsync(Patience, TestContext.Current.CancellationToken);
        output.Drain(Patience).Should().BeTrue();
        reader.Written.Should().Be("first" + new string('x', 10_000));
    }

    [Fact]
    public void A_stdout_nobody_reads_any_more_drops_lines_without_stopping_the_writers()
    {
        var output = new BatchedConsoleOutput(new ClosedStream(), pendingLimit: 100);

        for (var i = 0; i < 1_000; i++)
        {
            output.WriteLine("a line nobody will read");
        }

        output.Drain(Patience).Should().BeTrue();
    }

    private sealed class HeldStream : MemoryStream
    {
        public ManualResetEventSlim Started { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public string Written => Encoding.UTF8.GetString(ToArray());

        public override void Write(byte[] buffer, int offset, int count)
        {
            Started.Set();
            Release.Wait();
            base.Write(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            Release.Set();
            base.Dispose(disposing);
        }
    }

    private sealed class ClosedStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");
    }
}
