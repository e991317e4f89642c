using System.Globalization;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// What in an insights link changes the page, normalised: the range, and the method marked under the chart
/// ("none", a method's slug, or "default" for anything else). The page reads its link through this, and the personal
/// page cache keys entries by it, so junk or extra query parameters share one entry instead of filling the cache.
/// </summary>
public sealed record InsightsView(int Range, string Method)
{
    public const string NoMethod = "none";

    public const string DefaultMethod = "default";

    public static InsightsView From(string? range, string? method, GuideLibrary library) => new(
        InsightsRange.OrDefault(int.TryParse(range, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : null),
        method is NoMethod || (method is not null && library.FindMethod(method) is not null) ? method : DefaultMethod);
}
