using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class PainChartTests
{
    // The plot spans x 44-584 and y 20 (pain 10) to 300 (pain 0): x = 44 + 540 * i / (days - 1), y = 300 - 28 * pain.
    private static PainChart SmallChart() => PainChart.For(PainTrend.Build(PainTrendTests.SmallSeries(), Days.Today, 7));

    [Fact]
    public void Places_each_logged_day_at_exact_coordinates()
    {
        var chart = SmallChart();

        chart.ViewBox.Should().Be("0 0 600 340");
        chart.Markers.Select(m => (m.Day.Day, m.Pain, m.At)).Should().Equal(
            (14, 4, new ChartPoint(44, 188)),
            (16, 2, new ChartPoint(224, 244)),
            (17, 3, new ChartPoint(314, 216)),
            (20, 8, new ChartPoint(584, 76)));
    }

    [Fact]
    public void Daily_line_breaks_at_every_day_without_a_check_in()
    {
        var chart = SmallChart();

        chart.DailySegments.Select(PainChart.PointsAttribute).Should().Equal("44,188", "224,244 314,216", "584,76");
        chart.DailySegments.Should().OnlyContain(s => s.Zip(s.Skip(1)).All(pair => pair.Second.X - pair.First.X == 90),
            "a segment only ever joins neighbouring days (90 units apart over 7 days), never across a gap");
    }

    [Fact]
    public void Seven_day_average_is_one_dashed_line_at_exact_coordinates()
    {
        var chart = SmallChart();

        chart.AverageSegments.Select(PainChart.PointsAttribute).Should().Equal("44,160 134,160 224,188 314,216 404,216 494,216 584,181");
    }

    [Fact]
    public void Axes_are_labelled_from_0_to_10_and_with_dates_from_first_to_last_day()
    {
        var chart = SmallChart();

        chart.YTicks.Select(t => (t.Label, t.At)).Should().Equal(("0", 300m), ("2", 244m), ("4", 188m), ("6", 132m), ("8", 76m), ("10", 20m));
        chart.XTicks.Should().HaveCountLessThanOrEqualTo(5);
        chart.XTicks[0].Should().Be(new ChartTick("14 Nov", 44));
        chart.XTicks[^1].Should().Be(new ChartTick("20 Nov", 584));
        chart.XTicks.Select(t => t.At).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Title_and_description_tell_a_screen_reader_what_the_chart_shows()
    {
        var chart = SmallChart();

        chart.Title.Should().Be("Daily pain, 14 Nov to 20 Nov 2026");
        chart.Description.Should().Be(
            "Pain on a scale of 0 to 10, from Saturday 14 November 2026 to Friday 20 November 2026: 4 of 7 days logged, "
            + "lowest 2, highest 8, latest 8 on Friday 20 November 2026. The 7-day average on the last day is 4.3. "
            + "Days without a check-in are gaps in the line; the dashed line is the 7-day average.");
    }

    [Fact]
    public void An_empty_range_draws_axes_only_and_says_there_is_nothing_yet()
    {
        var chart = PainChart.For(PainTrend.Build([], Days.Today, 30));

        chart.IsEmpty.Should().BeTrue();
        chart.DailySegments.Should().BeEmpty();
        chart.AverageSegments.Should().BeEmpty();
        chart.Markers.Should().BeEmpty();
        chart.YTicks.Should().HaveCount(6);
        chart.XTicks.Should().HaveCount(5);
        chart.Description.Should().Be("No check-ins were logged from Thursday 22 October 2026 to Friday 20 November 2026, so there is nothing to draw yet.");
    }

    [Fact]
    public void A_year_is_drawn_as_weekly_averages_that_fill_the_width()
    {
        var trend = PainTrend.Build(Enumerable.Range(0, 365).Select(i => new DayEntry(Days.Ago(i), 5)).ToList(), Days.Today, 365);

        var chart = PainChart.For(trend);

        // 365 days are 52 whole weeks ending today and one more day, so 53 weeks from the first logged day's week.
        chart.Weekly.Should().BeTrue();
        chart.DailySegments.Should().ContainSingle().Which.Should().HaveCount(53);
        chart.AverageSegments.Should().BeEmpty("each point is already a week's average");
        chart.Markers[0].At.X.Should().Be(44);
        chart.Markers[^1].At.Should().Be(new ChartPoint(584, 160));
        chart.Title.Should().StartWith("Weekly average pain");
    }

    [Fact]
    public void A_year_with_only_the_last_four_weeks_logged_starts_at_the_first_logged_week_and_fills_the_width()
    {
        // Logged on the last 28 days (4 whole weeks ending today), pain 2 in the older two weeks and 6 in the last two.
        var days = Enumerable.Range(0, 28).Select(i => new DayEntry(Days.Ago(i), i < 14 ? 6 : 2)).ToList();

        var chart = PainChart.For(PainTrend.Build(days, Days.Today, 365));

        chart.Markers.Select(m => (m.Day, m.Pain, m.At.X)).Should().Equal(
            (Days.Ago(27), 2m, 44m), (Days.Ago(20), 2m, 224m), (Days.Ago(13), 6m, 404m), (Days.Ago(6), 6m, 584m));
        chart.XTicks[0].Label.Should().Be("24 Oct");
        chart.Title.Should().Be("Weekly average pain, 24 Oct 2026 to 20 Nov 2026");
    }

    [Fact]
    public void Ninety_days_are_still_drawn_day_by_day()
    {
        var chart = PainChart.For(PainTrend.Build([new DayEntry(Days.Today, 5)], Days.Today, 90));

        chart.Weekly.Should().BeFalse();
        chart.Markers.Should().ContainSingle().Which.At.Should().Be(new ChartPoint(584, 160));
    }

    [Fact]
    public void Severity_bands_sit_half_way_between_ratings_so_each_rating_falls_in_its_own_band()
    {
        PainChart.Bands.Select(b => (b.Label, b.Top, b.Bottom)).Should().Equal(
            ("severe", 20m, 118m), ("moderate", 118m, 202m), ("mild", 202m, 286m));
        PainChart.Y(7).Should().BeInRange(20, 118);
        PainChart.Y(6).Should().BeInRange(118, 202);
        PainChart.Y(3).Should().BeInRange(202, 286);
    }

    [Fact]
    public void Method_marks_sit_under_the_days_the_method_was_tried()
    {
        var trend = PainTrend.Build(PainTrendTests.SmallSeries(), Days.Today, 7);
        var stretching = new MethodDays(new MethodName("stretching", "Stretching"), [Days.Ago(6), Days.Ago(3), Days.Ago(30)]);

        var chart = PainChart.For(trend, stretching);

        chart.MethodMarks!.At.Should().Equal(44m, 314m);
        chart.ViewBox.Should().Be("0 0 600 366", "the row of marks adds to the height");
        chart.Description.Should().EndWith("Marks under the chart show the 2 days Stretching was tried.");
    }

    [Fact]
    public void A_method_on_a_weekly_chart_marks_each_week_it_was_tried_once()
    {
        var days = Enumerable.Range(0, 28).Select(i => new DayEntry(Days.Ago(i), 4)).ToList();
        var heat = new MethodDays(new MethodName("heat-therapy", "Heat therapy"), [Days.Ago(0), Days.Ago(1), Days.Ago(20)]);

        var chart = PainChart.For(PainTrend.Build(days, Days.Today, 365), heat);

        chart.MethodMarks!.At.Should().Equal(224m, 584m);
        chart.Description.Should().EndWith("Marks under the chart show the 2 weeks Heat therapy was tried.");
    }

    // A week ending today: one entry 6 days ago (4), two 3 days ago (2 and 6), two equal 2 days ago (5 and 5), three today (3, 8, 7).
    private static PainChart ChartOfSeveralEntriesADay() => PainChart.For(PainTrend.Build(
        DayFigures.Combine([
            new DayEntry(Days.Ago(6), 4),
            new DayEntry(Days.Ago(3), 2), new DayEntry(Days.Ago(3), 6),
            new DayEntry(Days.Ago(2), 5), new DayEntry(Days.Ago(2), 5),
            new DayEntry(Days.Today, 3), new DayEntry(Days.Today, 8), new DayEntry(Days.Today, 7),
        ]),
        Days.Today,
        7));

    [Fact]
    public void A_day_whose_entries_differ_gets_a_range_band_from_its_lowest_to_its_highest_entry_one_step_wide()
    {
        var chart = ChartOfSeveralEntriesADay();

        // Days are 90 units apart; a band is one step wide centred on its day (x 314 and 584), clipped at the plot's right edge.
        chart.Ranges.Should().Equal(
            new ChartRange(Days.Ago(3), 2, 6, Left: 269, Width: 90, Top: PainChart.Y(6), Bottom: PainChart.Y(2)),
            new ChartRange(Days.Today, 3, 8, Left: 539, Width: 45, Top: PainChart.Y(8), Bottom: PainChart.Y(3)));
        chart.Ranges.Select(r => (r.Top, r.Height)).Should().Equal((132m, 112m), (76m, 140m));
        chart.Markers.Select(m => m.Pain).Should().Equal([4m, 4m, 5m, 6m], "the line still shows each day's pain, the average of its entries");
    }

    [Fact]
    public void A_day_with_one_entry_or_with_equal_entries_has_no_range_band()
    {
        ChartOfSeveralEntriesADay().Ranges.Select(r => r.Day).Should().NotContain([Days.Ago(6), Days.Ago(2)]);
        SmallChart().Ranges.Should().BeEmpty("every day of the small series has one entry");
        SmallChart().Description.Should().NotContain("band behind the line");
    }

    [Fact]
    public void The_text_alternative_says_where_the_range_band_is_and_names_the_widest_day()
    {
        ChartOfSeveralEntriesADay().Description.Should().EndWith(
            "Days without a check-in are gaps in the line; the dashed line is the 7-day average. "
            + "The shaded band behind the line spans the lowest to the highest pain of a day's entries, on the 2 days whose entries differ; "
            + "the widest is 3 to 8 on Friday 20 November 2026.");
    }

    [Fact]
    public void A_weekly_chart_draws_the_range_of_each_weeks_entries()
    {
        // The last two weeks of a year: the older week has 4 every day (no band); the last week has 2, 7, then 3 and 9 today.
        var entries = Enumerable.Range(7, 7).Select(i => new DayEntry(Days.Ago(i), 4))
            .Concat([new DayEntry(Days.Ago(6), 2), new DayEntry(Days.Ago(3), 7), new DayEntry(Days.Today, 3), new DayEntry(Days.Today, 9)]);

        var chart = PainChart.For(PainTrend.Build(DayFigures.Combine(entries), Days.Today, 365));

        // Two weeks span the plot (x 44 and 584, 540 apart): the last week's band is half a step wide, up to the right edge.
        chart.Weekly.Should().BeTrue();
        chart.Ranges.Should().Equal(new ChartRange(Days.Ago(6), 2, 9, Left: 314, Width: 270, Top: PainChart.Y(9), Bottom: PainChart.Y(2)));
        chart.Description.Should().EndWith(
            "The shaded band behind the line spans the lowest to the highest pain of a week's entries, on the one week whose entries differ; "
            + "the widest is 2 to 9 in the week from Saturday 14 November 2026.");
    }
}
