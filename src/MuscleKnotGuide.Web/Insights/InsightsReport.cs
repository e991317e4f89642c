using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>Every figure the insights page shows, computed from the loaded days in memory.</summary>
public sealed record InsightsReport(
    int RangeDays,
    DateOnly Today,
    PainTrend Trend,
    InsightsSummary Summary,
    WhatHelped WhatHelped,
    IReadOnlyList<SeekCareAdvice> Advice,
    IReadOnlyList<MethodDays> MethodDays)
{
    /// <summary>
    /// The method whose days are marked under the chart: the one asked for by slug, or by default the first tried in
    /// the range in the "what helped" order; none when nothing was tried or "none" is asked for.
    /// </summary>
    public MethodDays? ChartMethod(string? slug)
    {
        if (slug == "none")
        {
            return null;
        }

        var asked = MethodDays.FirstOrDefault(m => m.Method.Slug == slug);
        return asked ?? WhatHelped.Methods
            .Where(m => m.DaysTried > 0)
            .Select(m => MethodDays.First(d => d.Method.Slug == m.Method.Slug))
            .FirstOrDefault();
    }

    /// <summary>Nothing logged in the range: the page explains what will appear instead of empty figures.</summary>
    public bool IsEmpty => Summary.DaysLogged == 0;

    public static InsightsReport Build(DiaryHistory history, DateOnly today, int rangeDays, GuideLibrary library)
    {
        var methods = library.Methods.Select(m => new MethodName(m.Slug, m.Title)).ToArray();
        return new InsightsReport(
            rangeDays,
            today,
            PainTrend.Build(history.Days, today, rangeDays),
            InsightsSummary.Build(history.Days, today, rangeDays, history.RunStart),
            WhatHelped.Build(history.Days, today, rangeDays, methods),
            history.Care.Advice(history.Days, library.WarningSymptoms, today),
            Insights.MethodDays.From(history.Days, InsightsRange.FirstDay(today, rangeDays), today, methods));
    }
}
