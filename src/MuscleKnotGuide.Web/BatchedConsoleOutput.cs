using System.Text;

namespace MuscleKnotGuide.Web;

/// <summary>
/// The console as the log sees it: a line is added to memory and one writer thread sends all the lines gathered so
/// far to stdout in one write. Serilog's console sink holds one lock for the whole process while it writes a line.
/// Under load, requests queued on that lock while each line was written to stdout: about a quarter of a cached guide
/// page's time (README, Benchmark). Now the lock is held only while the line is copied into memory.
/// Lines keep their order. A quiet app's line is written at once; while the app is busy, lines gather for 5 ms
/// between writes.
/// If stdout is slower than the app, writers wait once <see cref="DefaultPendingLimit"/> characters are pending,
/// so memory stays bounded. What is pending is written when the process exits.
/// </summary>
public sealed class BatchedConsoleOutput : TextWriter
{
    public const int DefaultPendingLimit = 1 << 20;

    private static readonly TimeSpan GatherTime = TimeSpan.FromMilliseconds(5);

    private static readonly Lock InstallGate = new();
    private static BatchedConsoleOutput? installed;

    private readonly Stream _output;
    private readonly int _pendingLimit;
    private readonly Encoder _encoder;
    private readonly object _gate = new();
    private StringBuilder _pending = new();
    private StringBuilder _spare = new();
    private byte[] _bytes = new byte[16 * 1024];
    private bool _writing;
    private bool _writerWaiting;

    public BatchedConsoleOutput(Stream output, int pendingLimit = DefaultPendingLimit)
    {
        _output = output;
        _pendingLimit = pendingLimit;
        _encoder = Encoding.GetEncoder();
        new Thread(WriteBatches) { IsBackground = true, Name = "Console output" }.Start();
    }

    public override Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Makes stdout batched for this process, once, whichever host starts first (tests start many).</summary>
    public static void Install()
    {
        lock (InstallGate)
        {
            if (installed is not null)
            {
                return;
            }

            installed = new BatchedConsoleOutput(Console.OpenStandardOutput());
            Console.SetOut(installed);
            var output = installed;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => output.Drain(TimeSpan.FromSeconds(5));
        }
    }

    public override void Write(char value)
    {
        lock (_gate)
        {
            WaitForRoom();
            _pending.Append(value);
            WakeWriter();
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        lock (_gate)
        {
            WaitForRoom();
            _pending.Append(buffer);
            WakeWriter();
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            WaitForRoom();
            _pending.Append(value).Append(CoreNewLine);
            WakeWriter();
        }
    }

    /// <summary>
    /// Does not wait: Serilog flushes after every line, and the writer sends each line as soon as it can.
    /// Call <see cref="Drain"/> to wait until everything is written.
    /// </summary>
    public override void Flush()
    {
    }

    /// <summary>Waits until every line written so far has reached the stream, or the time is up.</summary>
    public bool Drain(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            while (_pending.Length > 0 || _writing)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }

                Monitor.Wait(_gate, left);
            }
        }

        return true;
    }

    private void WaitForRoom()
    {
        while (_pending.Length >= _pendingLimit)
        {
            Monitor.Wait(_gate);
        }
    }

    private void WakeWriter()
    {
        if (_writerWaiting)
        {
            Monitor.PulseAll(_gate);
        }
    }

    private void WriteBatches()
    {
        while (true)
        {
            StringBuilder batch;
            lock (_gate)
            {
                while (_pending.Length == 0)
                {
                    _writerWaiting = true;
                    Monitor.Wait(_gate);
                    _writerWaiting = false;
                }

                batch = _pending;
                _pending = _spare;
                _writing = true;

                // Writers waiting for room may go on.
                Monitor.PulseAll(_gate);
            }

            try
            {
                Send(batch);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // Nobody reads stdout any more (a closed pipe): the lines are dropped, the app goes on.
                _encoder.Reset();
            }

            batch.Clear();
            lock (_gate)
            {
                _spare = batch;
                _writing = false;
                Monitor.PulseAll(_gate);
            }

            // Lines arriving meanwhile gather for the next write: without this pause a busy app woke the writer
            // and wrote once per line, which cost more than the lock it saves (README, Benchmark).
            Thread.Sleep(GatherTime);
        }
    }

    private void Send(StringBuilder batch)
    {
        foreach (var chunk in batch.GetChunks())
        {
            var needed = Encoding.GetMaxByteCount(chunk.Length);
            if (needed > _bytes.Length)
            {
                _bytes = new byte[Math.Max(needed, _bytes.Length * 2)];
            }

            // A character split across two chunks (a surrogate pair) is carried over by the encoder.
            var length = _encoder.GetBytes(chunk.Span, _bytes, flush: false);
            _output.Write(_bytes, 0, length);
        }

        _output.Flush();
    }
}
