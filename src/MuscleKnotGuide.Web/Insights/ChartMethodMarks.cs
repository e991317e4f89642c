namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The row of small marks under the chart: the days (or, on a weekly chart, the weeks) one method was tried.
/// <paramref name="At"/> holds each mark's centre on the x axis, in the chart's own coordinates.
/// </summary>
public sealed record ChartMethodMarks(string Slug, string Title, IReadOnlyList<decimal> At, decimal MarkWidth);
