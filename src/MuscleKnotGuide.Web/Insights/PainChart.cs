using System.Globalization;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The pain trend as SVG geometry, computed here so pages share it and tests can check exact coordinates;
/// _PainChart.cshtml only writes it out. The daily line breaks at every day without a check-in, never joining across a gap.
/// </summary>
public sealed record PainChart(
    string Title,
    string Description,
    IReadOnlyList<ChartTick> YTicks,
    IReadOnlyList<ChartTick> XTicks,
    IReadOnlyList<IReadOnlyList<ChartPoint>> DailySegments,
    IReadOnlyList<ChartMarker> Markers,
    IReadOnlyList<IReadOnlyList<ChartPoint>> AverageSegments,
    decimal MarkerRadius)
{
    public const int Width = 600;
    public const int Height = 300;
    public const int PlotLeft = 44;
    public const int PlotRight = 584;
    public const int PlotTop = 20;
    public const int PlotBottom = 260;
    public const int MaxPain = 10;

    public string ViewBox => $"0 0 {Width} {Height}";

    public bool IsEmpty => Markers.Count == 0;

    public static PainChart For(PainTrend trend)
    {
        var n = trend.Points.Count;
        var points = trend.Points;
        var daily = Segments(points.Select((p, i) => p.Pain is { } pain ? At(i, n, pain) : null));
        var average = Segments(points.Select((p, i) => p.RollingAverage is { } avg ? At(i, n, avg) : null));
        var markers = points
            .Select((p, i) => p.Pain is { } pain ? new ChartMarker(p.Day, pain, At(i, n, pain)) : null)
            .OfType<ChartMarker>()
            .ToArray();

        var yTicks = Enumerable.Range(0, MaxPain / 2 + 1)
            .Select(k => new ChartTick((k * 2).ToString(CultureInfo.InvariantCulture), Y(k * 2)))
            .ToArray();

        return new PainChart(
            $"Daily pain, {InsightsFormat.ShortDay(trend.FirstDay)} to {InsightsFormat.ShortDay(trend.LastDay)} {trend.LastDay.Year}",
            Describe(trend),
            yTicks,
            DateTicks(points.Select(p => p.Day).ToArray()),
            daily,
            markers,
            average,
            n <= 31 ? 4m : n <= 90 ? 3m : 1.5m);
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
