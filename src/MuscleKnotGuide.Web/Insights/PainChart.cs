using System.Globalization;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The pain trend as SVG geometry, computed here so pages share it and tests can check exact coordinates;
/// _PainChart.cshtml only writes it out. The daily line breaks at every day without a check-in, never joining across a gap.
/// Ranges longer than <see cref="DailyUpTo"/> days are drawn as weekly averages from the week of the first logged day, so
/// a year with a few weeks logged still fills the width. Behind the line, a shaded band spans the lowest to highest of
/// each day's entries (each week's, on a weekly chart) wherever they differ (<see cref="ChartRange"/>).
/// </summary>
public sealed record PainChart(
    string Title,
    string Description,
    IReadOnlyList<ChartTick> YTicks,
    IReadOnlyList<ChartTick> XTicks,
    IReadOnlyList<IReadOnlyList<ChartPoint>> DailySegments,
    IReadOnlyList<ChartMarker> Markers,
    IReadOnlyList<IReadOnlyList<ChartPoint>> AverageSegments,
    decimal MarkerRadius,
    IReadOnlyList<ChartRange> Ranges,
    bool Weekly = false,
    ChartMethodMarks? MethodMarks = null)
{
    public const int Width = 600;
    public const int PlotLeft = 44;
    public const int PlotRight = 584;
    public const int PlotTop = 20;
    public const int PlotBottom = 300;
    public const int MaxPain = 10;

    /// <summary>Where the x-axis labels sit, under the plot.</summary>
    public const int XLabelY = PlotBottom + 26;

    /// <summary>The row of method marks, under the x-axis labels.</summary>
    public const int MarksTop = PlotBottom + 42;
    public const int MarksHeight = 18;

    /// <summary>Up to this many days the chart shows one point a day; longer ranges show weekly averages.</summary>
    public const int DailyUpTo = 90;

    public int Height => MethodMarks is null ? PlotBottom + 40 : MarksTop + MarksHeight + 6;

    public string ViewBox => $"0 0 {Width} {Height}";

    public bool IsEmpty => Markers.Count == 0;

    /// <summary>Mild, moderate and severe, shaded behind the line; "none" (0) is the axis itself.</summary>
    public static IReadOnlyList<ChartBand> Bands { get; } =
    [
        new(PainBand.Severe, "severe", Y(MaxPain), Y(PainBands.SevereFrom - 0.5m)),
        new(PainBand.Moderate, "moderate", Y(PainBands.SevereFrom - 0.5m), Y(PainBands.ModerateFrom - 0.5m)),
        new(PainBand.Mild, "mild", Y(PainBands.ModerateFrom - 0.5m), Y(0.5m)),
    ];

    /// <param name="method">A method's days tried, drawn as a row of marks under the chart; none when null.</param>
    public static PainChart For(PainTrend trend, MethodDays? method = null) =>
        trend.RangeDays > DailyUpTo && trend.DaysLogged > 0 ? WeeklyChart(trend, method) : DailyChart(trend, method);

    private static PainChart DailyChart(PainTrend trend, MethodDays? method)
    {
        var n = trend.Points.Count;
        var points = trend.Points;
        var daily = Segments(points.Select((p, i) => p.Pain is { } pain ? At(i, n, pain) : null));
        var average = Segments(points.Select((p, i) => p.RollingAverage is { } avg ? At(i, n, avg) : null));
        var markers = points
            .Select((p, i) => p.Pain is { } pain ? new ChartMarker(p.Day, pain, At(i, n, pain)) : null)
            .OfType<ChartMarker>()
            .ToArray();
        var marks = method is null ? null : new ChartMethodMarks(
            method.Method.Slug,
            method.Method.Title,
            method.Days.Where(d => d >= trend.FirstDay && d <= trend.LastDay).Order().Select(d => X(d.DayNumber - trend.FirstDay.DayNumber, n)).ToArray(),
            MarkWidth(n));
        var ranges = points
            .Select((p, i) => p.HasRange ? Range(p.Day, p.Best!.Value, p.Worst!.Value, i, n) : null)
            .OfType<ChartRange>()
            .ToArray();

        return new PainChart(
            $"Daily pain, {InsightsFormat.ShortDay(trend.FirstDay)} to {InsightsFormat.ShortDay(trend.LastDay)} {trend.LastDay.Year}",
            Describe(trend) + RangesDescription(ranges, "day") + MarksDescription(marks),
            EvenYTicks(),
            DateTicks(points.Select(p => p.Day).ToArray()),
            daily,
            markers,
            average,
            n <= 31 ? 4m : n <= 90 ? 3m : 1.5m,
            ranges,
            MethodMarks: marks);
    }

    // Weeks end on today (the last week is today and the 6 days before), from the week of the first logged day.
    private static PainChart WeeklyChart(PainTrend trend, MethodDays? method)
    {
        var firstLogged = trend.Logged.First().Day;
        var weeks = ((trend.LastDay.DayNumber - firstLogged.DayNumber) / PainTrend.RollingDays) + 1;
        var firstWeekStart = trend.LastDay.AddDays(-((weeks * PainTrend.RollingDays) - 1));
        int WeekOf(DateOnly day) => (day.DayNumber - firstWeekStart.DayNumber) / PainTrend.RollingDays;

        // One pass over the logged days for each week's sum, count, lowest and highest.
        var sums = new int[weeks];
        var counts = new int[weeks];
        var lowest = new int[weeks];
        var highest = new int[weeks];
        Array.Fill(lowest, int.MaxValue);
        Array.Fill(highest, int.MinValue);
        foreach (var p in trend.Logged)
        {
            var k = WeekOf(p.Day);
            sums[k] += p.Pain!.Value;
            counts[k]++;
            lowest[k] = Math.Min(lowest[k], p.Best ?? p.Pain.Value);
            highest[k] = Math.Max(highest[k], p.Worst ?? p.Pain.Value);
        }

        var averages = new Dictionary<int, decimal>(weeks);
        for (var k = 0; k < weeks; k++)
        {
            if (counts[k] > 0)
            {
                averages[k] = (decimal)sums[k] / counts[k];
            }
        }

        var starts = Enumerable.Range(0, weeks).Select(k => firstWeekStart.AddDays(k * PainTrend.RollingDays)).ToArray();
        var line = Segments(Enumerable.Range(0, weeks).Select(k => averages.TryGetValue(k, out var a) ? At(k, weeks, a) : null));
        var markers = Enumerable.Range(0, weeks)
            .Where(averages.ContainsKey)
            .Select(k => new ChartMarker(starts[k], Math.Round(averages[k], 2), At(k, weeks, averages[k])))
            .ToArray();
        var marks = method is null ? null : new ChartMethodMarks(
            method.Method.Slug,
            method.Method.Title,
            method.Days.Where(d => d >= firstWeekStart && d <= trend.LastDay).Select(WeekOf).Distinct().Order().Select(k => X(k, weeks)).ToArray(),
            MarkWidth(weeks));
        var ranges = Enumerable.Range(0, weeks)
            .Where(k => counts[k] > 0 && lowest[k] < highest[k])
            .Select(k => Range(starts[k], lowest[k], highest[k], k, weeks))
            .ToArray();
        var shownFrom = starts[0] < trend.FirstDay ? trend.FirstDay : starts[0];

        return new PainChart(
            $"Weekly average pain, {InsightsFormat.ShortDay(shownFrom)} {shownFrom.Year} to {InsightsFormat.ShortDay(trend.LastDay)} {trend.LastDay.Year}",
            DescribeWeekly(trend, shownFrom, averages.Values) + RangesDescription(ranges, "week") + MarksDescription(marks, "week"),
            EvenYTicks(),
            DateTicks(starts),
            line,
            markers,
            [],
            weeks <= 31 ? 4m : 3m,
            ranges,
            Weekly: true,
            MethodMarks: marks);
    }

    private static ChartTick[] EvenYTicks() => Enumerable.Range(0, MaxPain / 2 + 1)
        .Select(k => new ChartTick((k * 2).ToString(CultureInfo.InvariantCulture), Y(k * 2)))
        .ToArray();

    // As wide as most of a step, so neighbouring days read as a run; never thinner than a hairline on paper.
    private static decimal MarkWidth(int count) =>
        Math.Round(Math.Clamp(count <= 1 ? 8m : (PlotRight - PlotLeft) * 0.7m / (count - 1), 1.5m, 10m), 2);

    // A full step wide and centred on its day, so neighbouring days' ranges join into one band; clipped to the plot.
    private static ChartRange Range(DateOnly day, int best, int worst, int index, int count)
    {
        var step = count <= 1 ? 24m : (decimal)(PlotRight - PlotLeft) / (count - 1);
        var x = X(index, count);
        var left = Math.Max(PlotLeft, x - (step / 2));
        var right = Math.Min(PlotRight, x + (step / 2));
        return new ChartRange(day, best, worst, Math.Round(left, 2), Math.Round(right - left, 2), Y(worst), Y(best));
    }

    private static string RangesDescription(ChartRange[] ranges, string unit)
    {
        if (ranges.Length == 0)
        {
            return "";
        }

        var widest = ranges.MaxBy(r => r.Worst - r.Best)!;
        var where = unit == "week" ? $"in the week from {DayText.Full(widest.Day)}" : $"on {DayText.Full(widest.Day)}";
        var count = ranges.Length == 1 ? $"the one {unit}" : $"the {ranges.Length} {unit}s";
        return $" The shaded band behind the line spans the lowest to the highest pain of a {unit}'s entries, on {count} whose entries differ; "
            + $"the widest is {widest.Best} to {widest.Worst} {where}.";
    }

    private static string MarksDescription(ChartMethodMarks? marks, string unit = "day")
    {
        if (marks is null)
        {
            return "";
        }

        var count = marks.At.Count;
        return count == 0
            ? $" {marks.Title} was not tried in this range."
            : $" Marks under the chart show the {(count == 1 ? unit : $"{count} {unit}s")} {marks.Title} was tried.";
    }

    private static string DescribeWeekly(PainTrend trend, DateOnly shownFrom, IEnumerable<decimal> averages)
    {
        var values = averages.ToArray();
        return $"Weekly average pain on a scale of 0 to 10, from {DayText.Full(shownFrom)} to {DayText.Full(trend.LastDay)} "
            + $"(the chart starts at the week of your first check-in in the last {trend.RangeDays} days): {trend.DaysLogged} days logged in {values.Length} weeks, "
            + $"lowest weekly average {InsightsFormat.Average(values.Min())}, highest {InsightsFormat.Average(values.Max())}. "
            + "Each point is the average of a week's logged days; a week without a check-in is a gap in the line.";
    }

    /// <summary>"x1,y1 x2,y2 …" for a polyline's points attribute.</summary>
    public static string PointsAttribute(IEnumerable<ChartPoint> segment) =>
        string.Join(' ', segment.Select(p => $"{Number(p.X)},{Number(p.Y)}"));

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static decimal X(int index, int count) =>
        Math.Round(count <= 1 ? (PlotLeft + PlotRight) / 2m : PlotLeft + ((decimal)(PlotRight - PlotLeft) * index / (count - 1)), 2);

    public static decimal Y(decimal pain) => Math.Round(PlotBottom - ((PlotBottom - PlotTop) * pain / MaxPain), 2);

    private static ChartPoint At(int index, int count, decimal pain) => new(X(index, count), Y(pain));

    // Runs of consecutive days with a value; a lone day is a segment of one point, drawn by its marker only.
    private static List<IReadOnlyList<ChartPoint>> Segments(IEnumerable<ChartPoint?> points)
    {
        var segments = new List<IReadOnlyList<ChartPoint>>();
        var current = new List<ChartPoint>();
        foreach (var point in points)
        {
            if (point is null)
            {
                if (current.Count > 0)
                {
                    segments.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(point);
        }

        if (current.Count > 0)
        {
            segments.Add(current);
        }

        return segments;
    }

    // Five labels at most (first, last and evenly between), so they never overlap at any range.
    private static ChartTick[] DateTicks(DateOnly[] days)
    {
        if (days.Length == 0)
        {
            return [];
        }

        var count = Math.Min(5, days.Length);
        var indices = count == 1
            ? [0]
            : Enumerable.Range(0, count).Select(k => (int)Math.Round((double)(days.Length - 1) * k / (count - 1))).Distinct().ToArray();
        return indices.Select((i, k) => new ChartTick(InsightsFormat.ShortDay(days[i]), X(i, days.Length), Minor: k % 2 == 1)).ToArray();
    }

    private static string Describe(PainTrend trend)
    {
        var period = $"from {DayText.Full(trend.FirstDay)} to {DayText.Full(trend.LastDay)}";
        var logged = trend.Logged.ToArray();
        if (logged.Length == 0)
        {
            return $"No check-ins were logged {period}, so there is nothing to draw yet.";
        }

        var lowest = logged.Min(p => p.Pain!.Value);
        var highest = logged.Max(p => p.Pain!.Value);
        var latest = logged[^1];
        var average = trend.Points[^1].RollingAverage is { } a ? $" The 7-day average on the last day is {InsightsFormat.Average(a)}." : "";
        return $"Pain on a scale of 0 to 10, {period}: {logged.Length} of {trend.RangeDays} days logged, "
            + $"lowest {lowest}, highest {highest}, latest {latest.Pain} on {DayText.Full(latest.Day)}.{average} "
            + "Days without a check-in are gaps in the line; the dashed line is the 7-day average.";
    }
}
