using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>Every figure the insights page shows, computed from the loaded days in memory.</summary>
public sealed record InsightsReport(
    int RangeDays,
    DateOnly Today,
    PainTrend Trend,
    InsightsSummary Summary,
    WhatHelped WhatHelped,
    IReadOnlyList<SeekCareAdvice> Advice)
{
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
            SeekCareRules.Evaluate(history.Days, library.WarningSymptoms, today));
    }
}
