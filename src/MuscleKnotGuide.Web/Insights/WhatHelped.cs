using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>Each method's record over the range, ranked best first, once there are enough days to say anything.</summary>
public sealed record WhatHelped(bool HasEnoughDays, int DaysLogged, IReadOnlyList<MethodInsight> Methods)
{
    /// <summary>Fewer logged days than this in the range and nothing is ranked: two weeks is the least that shows a pattern.</summary>
    public const int MinimumDaysLogged = 14;

    /// <summary>A method tried on fewer days than this is shown as "not enough data yet".</summary>
    public const int MinimumTries = 3;

    /// <summary>
    /// Days needed on each side (days after trying it, days after not trying it) before next-day pain is compared:
    /// fewer is mostly the ordinary ups and downs of back pain.
    /// </summary>
    public const int MinimumDaysPerSide = 5;

    /// <summary>Average relief that counts as "helped": a 1-point change on the 0-10 scale is about the smallest a person notices.</summary>
    public const decimal HelpedRelief = 1m;

    /// <summary>Share of rated tries rated "helped a little" or "helped a lot" that counts as "helped".</summary>
    public const decimal HelpedShareMark = 0.5m;

    /// <summary>A next-day difference this large (points), against the person's own record, is called out in words.</summary>
    public const decimal StrongDisagreement = 1m;

    /// <summary>
    /// For each method (every method in <paramref name="methods"/>, even if never tried), over the logged days of the range:
    /// days tried; average immediate relief (pain before minus after, over tries that recorded both); the share of rated tries
    /// rated "helped a little" or "helped a lot"; and the average pain on the next calendar day after days it was tried
    /// against after logged days it was not, counting only days whose next day is logged too.
    /// Ranked so the order never contradicts the person's own record: methods with enough data first; among them, by
    /// <see cref="OwnEvidence"/> (helped, then not recorded, then did not help); within that, by average relief and
    /// share rated helpful (largest first, unknown last), then by next-day difference only where each side has at least
    /// <see cref="MinimumDaysPerSide"/> days (largest first, not comparable last), then the guides' order. Methods
    /// without enough data follow in the guides' order.
    /// </summary>
    public static WhatHelped Build(IReadOnlyList<DayEntry> days, DateOnly today, int rangeDays, IReadOnlyList<MethodName> methods)
    {
        var first = InsightsRange.FirstDay(today, rangeDays);
        var inRange = days.Where(d => d.Day >= first && d.Day <= today).ToArray();
        var painOn = inRange.ToDictionary(d => d.Day, d => d.Pain);
        var tally = methods.ToDictionary(m => m.Slug, _ => new Tally(), StringComparer.Ordinal);

        foreach (var day in inRange)
        {
            int? nextDayPain = painOn.TryGetValue(day.Day.AddDays(1), out var next) ? next : null;
            foreach (var (slug, t) in tally)
            {
                var use = FirstUse(day.Methods, slug);
                if (use is null)
                {
                    if (nextDayPain is { } p)
                    {
                        t.AfterNotTried.Add(p);
                    }

                    continue;
                }

                t.DaysTried++;
                if (use.PainBefore is { } before && use.PainAfter is { } after)
                {
                    t.Relief.Add(before - after);
                }

                if (use.Effect is { } effect)
                {
                    t.Rated++;
                    if (effect is MethodEffect.HelpedALittle or MethodEffect.HelpedALot)
                    {
                        t.Helped++;
                    }
                }

                if (nextDayPain is { } n)
                {
                    t.AfterTried.Add(n);
                }
            }
        }

        var insights = methods.Select((method, order) =>
        {
            var t = tally[method.Slug];
            return (Order: order, Insight: new MethodInsight(
                method,
                t.DaysTried,
                Mean(t.Relief),
                t.Relief.Count,
                t.Rated == 0 ? null : (decimal)t.Helped / t.Rated,
                t.Rated,
                Mean(t.AfterTried),
                Mean(t.AfterNotTried),
                t.DaysTried >= MinimumTries,
                t.AfterTried.Count,
                t.AfterNotTried.Count));
        }).ToArray();

        var ranked = insights
            .Where(i => i.Insight.HasEnoughData)
            .OrderBy(i => i.Insight.OwnEvidence)
            .ThenByDescending(i => i.Insight.AverageRelief is not null)
            .ThenByDescending(i => i.Insight.AverageRelief ?? 0)
            .ThenByDescending(i => i.Insight.HelpedShare is not null)
            .ThenByDescending(i => i.Insight.HelpedShare ?? 0)
            .ThenByDescending(i => i.Insight.NextDayDifference is not null)
            .ThenByDescending(i => i.Insight.NextDayDifference ?? 0)
            .ThenBy(i => i.Order)
            .Concat(insights.Where(i => !i.Insight.HasEnoughData).OrderBy(i => i.Order))
            .Select(i => i.Insight)
            .ToArray();

        return new WhatHelped(inRange.Length >= MinimumDaysLogged, inRange.Length, ranked);
    }

    // A loop, not FirstOrDefault with a lambda: this runs for every day and method of the range (a closure each time
    // was a tenth of the 365-day report's allocations).
    private static MethodUse? FirstUse(IReadOnlyList<MethodUse> uses, string slug)
    {
        for (var i = 0; i < uses.Count; i++)
        {
            if (uses[i].Slug == slug)
            {
                return uses[i];
            }
        }

        return null;
    }

    private static decimal? Mean(List<int> values) => values.Count == 0 ? null : (decimal)values.Sum() / values.Count;

    private sealed class Tally
    {
        public int DaysTried { get; set; }

        public int Rated { get; set; }

        public int Helped { get; set; }

        public List<int> Relief { get; } = [];

        public List<int> AfterTried { get; } = [];

        public List<int> AfterNotTried { get; } = [];
    }
}
