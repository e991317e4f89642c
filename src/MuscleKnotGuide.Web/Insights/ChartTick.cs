using System.Globalization;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>An axis label; a minor one may be hidden where space is short (a phone), leaving first, middle and last.</summary>
public sealed record ChartTick(string Label, decimal At, bool Minor = false);
