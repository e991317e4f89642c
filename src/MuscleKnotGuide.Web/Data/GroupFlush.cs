namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// Group commit: one flush of a file to disk serves every save that committed before the flush began. A save asks
/// only after its commit, and its task ends when a flush that began after that has ended; while one flush runs, the
/// saves that commit meanwhile wait for the next one and share it. So the write rate is no longer one save per
/// flush, and no save is answered before the disk has its commit.
/// Once a flush fails, every later one fails too, until the app restarts: after a failed fsync Linux may have
/// dropped the pages it could not write and a later fsync can succeed without them (PostgreSQL stops for the same
/// reason), so no later save could honestly be called safe.
/// </summary>
public sealed class GroupFlush(Action flush)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _next;
    private bool _flushing;
    private Exception? _failure;

    /// <summary>Ends once a flush that began after this call has reached the disk; fails with <see cref="DiaryFlushException"/>.</summary>
    public Task FlushAsync()
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                return Task.FromException(new DiaryFlushException(_failure));
            }

            _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var flushed = _next.Task;
            if (!_flushing)
            {
                _flushing = true;
                _ = Task.Run(FlushWhileAwaited);
            }

            return flushed;
        }
    }

    private void FlushWhileAwaited()
    {
        while (true)
        {
            TaskCompletionSource group;
            Exception? failure;
            lock (_gate)
            {
                if (_next is null)
                {
                    _flushing = false;
                    return;
                }

                // From here on, a new caller waits for the next flush: this one may begin before its commit reached the file.
                group = _next;
                _next = null;
                failure = _failure;
            }

            if (failure is not null)
            {
                group.SetException(new DiaryFlushException(failure));
                continue;
            }

            try
            {
                flush();
                group.SetResult();
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    _failure ??= ex;
                }

                group.SetException(new DiaryFlushException(ex));
            }
        }
    }
}
