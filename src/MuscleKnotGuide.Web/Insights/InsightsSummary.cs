namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The headline figures: this week against last week, how much was logged, the best and worst day, and on how many
/// days of the range pain stopped sleep or usual activities (days, not entries: a day counts once if any of its
/// entries says yes, as <see cref="CheckIns.DayFigures"/> defines).
/// </summary>
public sealed record InsightsSummary(
    decimal? ThisWeekAverage,
    decimal? LastWeekAverage,
    WeekDirection Direction,
    int DaysLogged,
    int RangeDays,
    int CurrentRun,
    NotableDay? Latest,
    NotableDay? Best,
    NotableDay? Worst,
    int SleepStoppedDays = 0,
    int ActivitiesStoppedDays = 0)
{
    public const int WeekDays = 7;

    /// <summary>A change of less than half a point between the weekly averages counts as "about the same".</summary>
    public const decimal SameWithin = 0.5m;

    /// <summary>
    /// This week is today and the 6 days before; last week the 7 days before that. Best and worst are the lowest and
    /// highest pain in the range, the most recent day on ties. The current run counts consecutive logged days ending
    /// today, or yesterday when today is not logged yet; <paramref name="runStart"/>, when known (the database knows runs
    /// longer than the days loaded), is the first day of that run.
    /// </summary>
    public static InsightsSummary Build(IReadOnlyList<DayEntry> days, DateOnly today, int rangeDays, DateOnly? runStart = null)
    {
        var first = InsightsRange.FirstDay(today, rangeDays);
        var thisWeekFrom = today.AddDays(-(WeekDays - 1));
        var lastWeekFrom = thisWeekFrom.AddDays(-WeekDays);
        var logged = new HashSet<DateOnly>();
        int thisSum = 0, thisCount = 0, lastSum = 0, lastCount = 0, inRange = 0, sleepStopped = 0, activitiesStopped = 0;
        NotableDay? best = null, worst = null, latest = null;

        foreach (var entry in days)
        {
            if (entry.Day > today)
            {
                continue;
            }

            logged.Add(entry.Day);
            if (latest is null || entry.Day > latest.Day)
            {
                latest = new NotableDay(entry.Day, entry.Pain);
            }

            if (entry.Day >= thisWeekFrom)
            {
                thisSum += entry.Pain;
                thisCount++;
            }
            else if (entry.Day >= lastWeekFrom)
            {
                lastSum += entry.Pain;
                lastCount++;
            }

            if (entry.Day >= first)
            {
                inRange++;
                sleepStopped += entry.StoppedSleeping == true ? 1 : 0;
                activitiesStopped += entry.StoppedActivities == true ? 1 : 0;
                var day = new NotableDay(entry.Day, entry.Pain);
                if (best is null || entry.Pain < best.Pain || (entry.Pain == best.Pain && entry.Day > best.Day))
                {
                    best = day;
                }

                if (worst is null || entry.Pain > worst.Pain || (entry.Pain == worst.Pain && entry.Day > worst.Day))
                {
                    worst = day;
                }
            }
        }

        return new InsightsSummary(
            Average(thisSum, thisCount),
            Average(lastSum, lastCount),
            Compare(thisSum, thisCount, lastSum, lastCount),
            inRange,
            rangeDays,
            RunLength(logged, today, runStart),
            latest,
            best,
            worst,
            sleepStopped,
            activitiesStopped);
    }

    private static decimal? Average(int sum, int count) => count == 0 ? null : (decimal)sum / count;

    // Compared as fractions (a/n against b/m) so "half a point" is exact, never a rounding accident.
    private static WeekDirection Compare(int thisSum, int thisCount, int lastSum, int lastCount)
    {
        if (thisCount == 0 || lastCount == 0)
        {
            return WeekDirection.NotEnoughData;
        }

        var scaledDifference = ((long)thisSum * lastCount) - ((long)lastSum * thisCount);
        var scaledHalf = (long)thisCount * lastCount * SameWithin;
        return Math.Abs(scaledDifference) < scaledHalf ? WeekDirection.Same
            : scaledDifference > 0 ? WeekDirection.Up
            : WeekDirection.Down;
    }

    private static int RunLength(HashSet<DateOnly> logged, DateOnly today, DateOnly? runStart)
    {
        var end = logged.Contains(today) ? today : logged.Contains(today.AddDays(-1)) ? today.AddDays(-1) : (DateOnly?)null;
        if (end is not { } last)
        {
            return 0;
        }

        var start = last;
        while (logged.Contains(start.AddDays(-1)))
        {
            start = start.AddDays(-1);
        }

        if (runStart is { } known && known < start)
        {
            start = known;
        }

        return last.DayNumber - start.DayNumber + 1;
    }
}
