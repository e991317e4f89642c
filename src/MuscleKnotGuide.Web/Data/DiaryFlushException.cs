namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// A diary save was committed but the disk did not confirm it (<see cref="GroupFlush"/>), so it may not survive a
/// power cut: the person is told it may not have been saved, never that it was.
/// </summary>
public sealed class DiaryFlushException(Exception inner)
    : IOException("The diary's last changes could not be flushed to disk, so they may be lost on a power cut.", inner);
