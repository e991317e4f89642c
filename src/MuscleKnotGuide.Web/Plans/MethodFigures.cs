using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>The doctor report's and the plan's view of <see cref="WhatHelped"/>: the same calculation, rounded for print.</summary>
public static class MethodFigures
{
    /// <summary>One figure per method tried at least once, over the days of <paramref name="checkIns"/>, in no particular order.</summary>
    public static IReadOnlyList<MethodFigure> From(IEnumerable<CheckIn> checkIns) => From(DayFigures.Combine(checkIns));

    /// <summary>One figure per method tried at least once, over <paramref name="days"/> (a day's figures each), in no particular order.</summary>
    public static IReadOnlyList<MethodFigure> From(IReadOnlyList<DayEntry> days)
    {
        if (days.Count == 0)
        {
            return [];
        }

        var first = days.Min(d => d.Day);
        var last = days.Max(d => d.Day);
        var tried = days.SelectMany(d => d.Methods).Select(m => m.Slug).Distinct(StringComparer.Ordinal).Select(slug => new MethodName(slug, slug)).ToArray();
        return WhatHelped.Build(days, last, last.DayNumber - first.DayNumber + 1, tried).Methods
            .Select(m => new MethodFigure(
                m.Method.Slug,
                m.DaysTried,
                m.AverageRelief is { } relief ? Math.Round(relief, 1, MidpointRounding.AwayFromZero) : null,
                m.HelpedShare is { } share ? Math.Round(share, 2, MidpointRounding.AwayFromZero) : null))
            .ToArray();
    }
}
