using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class WhatHelpedTests
{
    private static readonly MethodName[] Methods =
    [
        new("massage-therapy", "Massage therapy"),
        new("stretching", "Stretching"),
        new("heat-therapy", "Heat therapy"),
        new("foam-rolling", "Foam rolling"),
        new("pain-medication", "Over-the-counter pain medication"),
    ];

    private static DateOnly D(int n) => Days.Ago(14 - n);

    /// <summary>
    /// 15 calendar days d0..d14 (d14 is today), d7 not logged: 14 logged days.
    /// Pains: d0 7, d1 6, d2 5, d3 6, d4 4, d5 5, d6 3, d8 4, d9 5, d10 4, d11 3, d12 4, d13 3, d14 2.
    /// Massage on d1, d3, d5 (before/after 6-4, 6-5, 5-5; helped a lot, a little, no change).
    /// Stretching on d9-d12 (no before/after; helped a lot, made worse, unrated, unrated). Heat on d2, d4 only.
    /// </summary>
    private static List<DayEntry> Fortnight()
    {
        var pains = new Dictionary<int, int>
        {
            [0] = 7, [1] = 6, [2] = 5, [3] = 6, [4] = 4, [5] = 5, [6] = 3,
            [8] = 4, [9] = 5, [10] = 4, [11] = 3, [12] = 4, [13] = 3, [14] = 2,
        };
        var methods = new Dictionary<int, MethodUse[]>
        {
            [1] = [new("massage-therapy", 6, 4, MethodEffect.HelpedALot)],
            [2] = [new("heat-therapy")],
            [3] = [new("massage-therapy", 6, 5, MethodEffect.HelpedALittle)],
            [4] = [new("heat-therapy")],
            [5] = [new("massage-therapy", 5, 5, MethodEffect.NoChange)],
            [9] = [new("stretching", Effect: MethodEffect.HelpedALot)],
            [10] = [new("stretching", Effect: MethodEffect.MadeWorse)],
            [11] = [new("stretching")],
            [12] = [new("stretching", PainBefore: 4)],
        };
        return pains.Select(p => Days.WithMethods(D(p.Key), p.Value, methods.GetValueOrDefault(p.Key, []))).ToList();
    }

    [Fact]
    public void Counts_days_tried_relief_and_helped_ratings_per_method()
    {
        var result = WhatHelped.Build(Fortnight(), Days.Today, 30, Methods);
        var massage = result.Methods.Single(m => m.Method.Slug == "massage-therapy");
        var stretching = result.Methods.Single(m => m.Method.Slug == "stretching");

        massage.DaysTried.Should().Be(3);
        massage.AverageRelief.Should().Be(1m, "(2 + 1 + 0) / 3");
        massage.ReliefTries.Should().Be(3);
        massage.HelpedShare.Should().Be(2m / 3);
        massage.RatedTries.Should().Be(3);

        stretching.DaysTried.Should().Be(4);
        stretching.AverageRelief.Should().BeNull("no try recorded both pain before and after");
        stretching.ReliefTries.Should().Be(0);
        stretching.HelpedShare.Should().Be(0.5m, "1 of the 2 rated tries helped");
        stretching.RatedTries.Should().Be(2);
    }

    [Fact]
    public void Compares_next_day_pain_after_days_tried_with_after_logged_days_not_tried()
    {
        var result = WhatHelped.Build(Fortnight(), Days.Today, 30, Methods);
        var massage = result.Methods.Single(m => m.Method.Slug == "massage-therapy");
        var stretching = result.Methods.Single(m => m.Method.Slug == "stretching");

        // Days whose next day is logged: d0-d5 and d8-d13 (d6's next day and today's are not logged).
        // Massage: after d1, d3, d5 -> 5, 4, 3 = 4.0; after d0, d2, d4, d8-d13 -> 6+6+5+5+4+3+4+3+2 = 38 / 9.
        massage.NextDayPainAfterTried.Should().Be(4m);
        massage.NextDayPainAfterNotTried.Should().Be(38m / 9);
        massage.NextDayDifference.Should().Be((38m / 9) - 4m);

        // Stretching: after d9-d12 -> 4, 3, 4, 3 = 3.5; after d0-d5, d8, d13 -> 6+5+6+4+5+3+5+2 = 36 / 8 = 4.5.
        stretching.NextDayPainAfterTried.Should().Be(3.5m);
        stretching.NextDayPainAfterNotTried.Should().Be(4.5m);
        stretching.NextDayDifference.Should().Be(1m);
    }

    [Fact]
    public void Ranks_by_next_day_difference_and_lists_methods_without_enough_tries_last_in_guide_order()
    {
        var result = WhatHelped.Build(Fortnight(), Days.Today, 30, Methods);

        result.HasEnoughDays.Should().BeTrue();
        result.DaysLogged.Should().Be(14);
        result.Methods.Select(m => m.Method.Slug).Should().Equal("stretching", "massage-therapy", "heat-therapy", "foam-rolling", "pain-medication");
        result.Methods.Select(m => m.HasEnoughData).Should().Equal(true, true, false, false, false);
        result.Methods.Single(m => m.Method.Slug == "heat-therapy").DaysTried.Should().Be(2, "2 tries are below the minimum of 3");
    }

    [Fact]
    public void Thirteen_logged_days_are_not_enough_and_fourteen_are()
    {
        var fourteen = Fortnight();
        var thirteen = fourteen.Where(d => d.Day != D(0)).ToList();

        WhatHelped.Build(thirteen, Days.Today, 30, Methods).HasEnoughDays.Should().BeFalse();
        WhatHelped.Build(fourteen, Days.Today, 30, Methods).HasEnoughDays.Should().BeTrue();
    }

    [Fact]
    public void Only_days_inside_the_range_count()
    {
        // A 14-day range starts at d1, so d0 (and its next-day pair) drops out.
        var result = WhatHelped.Build(Fortnight(), Days.Today, 14, Methods);

        result.DaysLogged.Should().Be(13);
        result.HasEnoughDays.Should().BeFalse();
    }

    [Fact]
    public void Equal_next_day_differences_are_ranked_by_relief_then_by_guide_order()
    {
        // Every method tried every day with the same pain, so next-day differences are unknown (never "not tried")
        // for all: relief decides, and equal relief falls back to the guides' order.
        var days = Enumerable.Range(0, 14).Select(i => Days.WithMethods(Days.Ago(i), 5,
            new MethodUse("massage-therapy", 5, 4),
            new MethodUse("stretching", 5, 2),
            new MethodUse("heat-therapy", 5, 4),
            new MethodUse("foam-rolling", 5, 2),
            new MethodUse("pain-medication"))).ToList();

        var result = WhatHelped.Build(days, Days.Today, 30, Methods);

        result.Methods.Select(m => m.Method.Slug).Should().Equal("stretching", "foam-rolling", "massage-therapy", "heat-therapy", "pain-medication");
        result.Methods.Should().OnlyContain(m => m.NextDayDifference == null);
    }
}
