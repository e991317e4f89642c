using System.Globalization;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>A point in the chart's own coordinates (its viewBox), rounded to 2 decimals.</summary>
public sealed record ChartPoint(decimal X, decimal Y);
