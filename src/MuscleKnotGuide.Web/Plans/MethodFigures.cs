using MuscleKnotGuide.Web.Diary;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// How one method went in a person's check-ins. <see cref="AverageRelief"/> is the mean of pain before minus pain
/// after, over the tries that recorded both; <see cref="HelpedShare"/> is the share of rated tries marked
/// "helped a little" or "helped a lot" (0 to 1). Each is null when nothing was recorded for it.
/// </summary>
/// <remarks>Plan suggestions take these from the insights' <c>WhatHelped</c>; the doctor report computes them over its own date range.</remarks>
public sealed record MethodFigure(string Slug, int DaysTried, decimal? AverageRelief, decimal? HelpedShare);

public static class MethodFigures
{
    /// <summary>One figure per method tried at least once, in no particular order.</summary>
    public static IReadOnlyList<MethodFigure> From(IEnumerable<CheckIn> checkIns) => checkIns
        .SelectMany(c => c.Methods.Select(m => (c.Day, Tried: m)))
        .GroupBy(t => t.Tried.MethodSlug, StringComparer.Ordinal)
        .Select(g =>
        {
            var reliefs = g
                .Where(t => t.Tried.PainBefore is not null && t.Tried.PainAfter is not null)
                .Select(t => (decimal)(t.Tried.PainBefore!.Value - t.Tried.PainAfter!.Value))
                .ToArray();
            var rated = g.Where(t => t.Tried.Effect is not null).ToArray();
            var helped = rated.Count(t => t.Tried.Effect is MethodEffect.HelpedALittle or MethodEffect.HelpedALot);
            return new MethodFigure(
                g.Key,
                g.Select(t => t.Day).Distinct().Count(),
                reliefs.Length > 0 ? Math.Round(reliefs.Average(), 1, MidpointRounding.AwayFromZero) : null,
                rated.Length > 0 ? Math.Round((decimal)helped / rated.Length, 2, MidpointRounding.AwayFromZero) : null);
        })
        .ToArray();
}
