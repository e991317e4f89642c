namespace MuscleKnotGuide.Web.Insights;

/// <summary>Daily pain over a range of calendar days ending today, with a 7-day rolling average.</summary>
public sealed record PainTrend(DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<TrendPoint> Points)
{
    /// <summary>The rolling average looks back over this many calendar days, the day itself included.</summary>
    public const int RollingDays = 7;

    public int RangeDays => Points.Count;

    public IEnumerable<TrendPoint> Logged => Points.Where(p => p.Pain is not null);

    public int DaysLogged => Points.Count(p => p.Pain is not null);

    /// <summary>
    /// One point per calendar day from <c>today - (rangeDays - 1)</c> to today. A day without a check-in has no pain (a gap);
    /// a logged day carries the lowest and highest pain of its entries (<see cref="DayEntry.BestPain"/>, <see cref="DayEntry.WorstPain"/>).
    /// Its rolling average is the mean pain of the logged days among the 7 calendar days ending that day (that day and
    /// the 6 before, which may lie before the range), or null when none of them is logged; days are never filled in.
    /// </summary>
    public static PainTrend Build(IReadOnlyList<DayEntry> days, DateOnly today, int rangeDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rangeDays, 1);
        var first = InsightsRange.FirstDay(today, rangeDays);
        // Sized for every day given, so a year's report does not grow them step by step.
        var pain = new Dictionary<DateOnly, int>(days.Count);
        var ranges = new Dictionary<DateOnly, (int Best, int Worst)>(days.Count);
        foreach (var entry in days)
        {
            if (entry.Day >= first.AddDays(-(RollingDays - 1)) && entry.Day <= today)
            {
                pain[entry.Day] = entry.Pain;
                ranges[entry.Day] = (entry.BestPain, entry.WorstPain);
            }
        }

        // A sliding sum over the window: one pass, whatever the range.
        var points = new List<TrendPoint>(rangeDays);
        int sum = 0, count = 0;
        for (var day = first.AddDays(-(RollingDays - 1)); day <= today; day = day.AddDays(1))
        {
            if (pain.TryGetValue(day, out var entering))
            {
                sum += entering;
                count++;
            }

            if (pain.TryGetValue(day.AddDays(-RollingDays), out var leaving))
            {
                sum -= leaving;
                count--;
            }

            if (day >= first)
            {
                var logged = pain.TryGetValue(day, out var p);
                var range = logged ? ranges[day] : default;
                points.Add(new TrendPoint(
                    day,
                    logged ? p : null,
                    count == 0 ? null : (decimal)sum / count,
                    logged ? range.Best : null,
                    logged ? range.Worst : null));
            }
        }

        return new PainTrend(first, today, points);
    }
}
