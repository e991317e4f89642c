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
}
