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
        massage.NextDayDaysTried.Should().Be(3);
        massage.NextDayDaysNotTried.Should().Be(9);
        massage.NextDayDifference.Should().BeNull("3 days after trying it are fewer than the 5 a side needs");

        // Stretching: after d9-d12 -> 4, 3, 4, 3 = 3.5; after d0-d5, d8, d13 -> 6+5+6+4+5+3+5+2 = 36 / 8 = 4.5.
        stretching.NextDayPainAfterTried.Should().Be(3.5m);
        stretching.NextDayPainAfterNotTried.Should().Be(4.5m);
        stretching.NextDayDifference.Should().BeNull("4 days after trying it are fewer than the 5 a side needs");
    }

    [Fact]
    public void Ranks_by_own_evidence_then_relief_and_lists_methods_without_enough_tries_last_in_guide_order()
    {
        var result = WhatHelped.Build(Fortnight(), Days.Today, 30, Methods);

        // Both "helped" by the person's own record (massage 1.0 relief, stretching half its ratings); relief known beats unknown.
        result.HasEnoughDays.Should().BeTrue();
        result.DaysLogged.Should().Be(14);
        result.Methods.Select(m => m.OwnEvidence).Take(2).Should().Equal(OwnEvidence.Helped, OwnEvidence.Helped);
        result.Methods.Select(m => m.Method.Slug).Should().Equal("massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication");
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

    /// <summary>
    /// The diary from issue 16: 22 days (d0..d21, d21 today). Stretching on 16 days, 6 to 4 each time, rated helpful on
    /// 15 of 16 (94%); foam rolling on 5 days (d1, d3, d5, d7, d9), 5 to 5, never rated helpful. Pain is 6 every day
    /// except the day after each foam rolling, which is 2: so the next-day comparison favours foam rolling by 4 points.
    /// </summary>
    private static List<DayEntry> IssueSixteenDiary()
    {
        DateOnly Day(int n) => Days.Ago(21 - n);
        var foamDays = new[] { 1, 3, 5, 7, 9 };
        var stretchingDays = new[] { 0, 2, 4, 6, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 };
        return Enumerable.Range(0, 22).Select(n =>
        {
            var methods = new List<MethodUse>();
            if (stretchingDays.Contains(n))
            {
                methods.Add(new MethodUse("stretching", 6, 4, n == 20 ? MethodEffect.NoChange : MethodEffect.HelpedALittle));
            }

            if (foamDays.Contains(n))
            {
                methods.Add(new MethodUse("foam-rolling", 5, 5, MethodEffect.NoChange));
            }

            return Days.WithMethods(Day(n), foamDays.Contains(n - 1) ? 2 : 6, [.. methods]);
        }).ToList();
    }

    [Fact]
    public void In_the_issue_diary_stretching_with_2_points_relief_and_94_percent_helpful_ranks_above_foam_rolling_with_none()
    {
        var result = WhatHelped.Build(IssueSixteenDiary(), Days.Today, 30, Methods);
        var stretching = result.Methods.Single(m => m.Method.Slug == "stretching");
        var foam = result.Methods.Single(m => m.Method.Slug == "foam-rolling");

        result.DaysLogged.Should().Be(22);
        stretching.AverageRelief.Should().Be(2m);
        stretching.HelpedShare.Should().Be(15m / 16);
        foam.AverageRelief.Should().Be(0m);
        foam.HelpedShare.Should().Be(0m);
        foam.RatedTries.Should().Be(5);

        result.Methods.Select(m => m.Method.Slug).Should().StartWith(["stretching", "foam-rolling"]);
        stretching.OwnEvidence.Should().Be(OwnEvidence.Helped);
        foam.OwnEvidence.Should().Be(OwnEvidence.DidNotHelp);
    }

    [Fact]
    public void In_the_issue_diary_the_next_day_comparison_that_favours_foam_rolling_is_kept_and_flagged_as_disagreeing()
    {
        var result = WhatHelped.Build(IssueSixteenDiary(), Days.Today, 30, Methods);
        var foam = result.Methods.Single(m => m.Method.Slug == "foam-rolling");

        foam.NextDayDaysTried.Should().Be(5);
        foam.NextDayDaysNotTried.Should().Be(16);
        foam.NextDayDifference.Should().Be(4m, "6 after the 16 days without it, 2 after the 5 days with it");
        foam.NextDayDisagrees.Should().BeTrue();
    }

    /// <summary>20 logged days in a row at pain 5; the method is tried on the given days (0 is the oldest).</summary>
    private static List<DayEntry> TwentyDaysTriedOn(IEnumerable<int> triedOn)
    {
        var tried = triedOn.ToHashSet();
        return Enumerable.Range(0, 20)
            .Select(n => Days.WithMethods(Days.Ago(19 - n), 5, tried.Contains(n) ? [new MethodUse("heat-therapy", 5, 4)] : []))
            .ToList();
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Next_day_pain_is_compared_only_with_at_least_5_days_after_trying_it(int daysTried, bool compared)
    {
        var heat = WhatHelped.Build(TwentyDaysTriedOn(Enumerable.Range(0, daysTried)), Days.Today, 30, Methods)
            .Methods.Single(m => m.Method.Slug == "heat-therapy");

        heat.NextDayDaysTried.Should().Be(daysTried);
        heat.NextDayDaysNotTried.Should().BeGreaterThanOrEqualTo(5);
        heat.HasNextDayComparison.Should().Be(compared);
        (heat.NextDayDifference is not null).Should().Be(compared);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Next_day_pain_is_compared_only_with_at_least_5_days_after_not_trying_it(int daysWithout, bool compared)
    {
        // Not tried on the first daysWithout days; tried on every later day (the last day has no next day, so it counts on neither side).
        var heat = WhatHelped.Build(TwentyDaysTriedOn(Enumerable.Range(daysWithout, 20 - daysWithout)), Days.Today, 30, Methods)
            .Methods.Single(m => m.Method.Slug == "heat-therapy");

        heat.NextDayDaysNotTried.Should().Be(daysWithout);
        heat.HasNextDayComparison.Should().Be(compared);
        (heat.NextDayDifference is not null).Should().Be(compared);
    }

    [Fact]
    public void Without_ratings_or_relief_the_next_day_comparison_orders_methods_after_those_the_person_found_helpful()
    {
        // Massage: rated helpful. Heat and stretching: nothing recorded, heat with the better next-day difference. Foam: rated unhelpful.
        var days = Enumerable.Range(0, 20).Select(n =>
        {
            var methods = new List<MethodUse>();
            if (n % 2 == 0)
            {
                methods.Add(new MethodUse("heat-therapy"));
                methods.Add(new MethodUse("foam-rolling", Effect: MethodEffect.NoChange));
            }
            else
            {
                methods.Add(new MethodUse("stretching"));
            }

            if (n < 4)
            {
                methods.Add(new MethodUse("massage-therapy", Effect: MethodEffect.HelpedALot));
            }

            // Pain is lower the day after an even day.
            return Days.WithMethods(Days.Ago(19 - n), n % 2 == 1 ? 3 : 6, [.. methods]);
        }).ToList();

        var result = WhatHelped.Build(days, Days.Today, 30, Methods);

        result.Methods.Select(m => m.Method.Slug).Should().StartWith(["massage-therapy", "heat-therapy", "stretching", "foam-rolling"]);
        result.Methods.Single(m => m.Method.Slug == "heat-therapy").NextDayDifference.Should().Be(3m);
        result.Methods.Single(m => m.Method.Slug == "foam-rolling").NextDayDisagrees.Should().BeTrue();
    }
}
