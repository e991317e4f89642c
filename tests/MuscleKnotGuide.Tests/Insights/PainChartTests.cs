using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class PainChartTests
{
    // The plot spans x 44-584 and y 20 (pain 10) to 260 (pain 0): x = 44 + 540 * i / (days - 1), y = 260 - 24 * pain.
    private static PainChart SmallChart() => PainChart.For(PainTrend.Build(PainTrendTests.SmallSeries(), Days.Today, 7));

    [Fact]
    public void Places_each_logged_day_at_exact_coordinates()
    {
        var chart = SmallChart();

        chart.ViewBox.Should().Be("0 0 600 300");
        chart.Markers.Select(m => (m.Day.Day, m.Pain, m.At)).Should().Equal(
            (14, 4, new ChartPoint(44, 164)),
            (16, 2, new ChartPoint(224, 212)),
            (17, 3, new ChartPoint(314, 188)),
            (20, 8, new ChartPoint(584, 68)));
    }

    [Fact]
    public void Daily_line_breaks_at_every_day_without_a_check_in()
    {
        var chart = SmallChart();

        chart.DailySegments.Select(PainChart.PointsAttribute).Should().Equal("44,164", "224,212 314,188", "584,68");
        chart.DailySegments.Should().OnlyContain(s => s.Zip(s.Skip(1)).All(pair => pair.Second.X - pair.First.X == 90),
            "a segment only ever joins neighbouring days (90 units apart over 7 days), never across a gap");
    }

    [Fact]
    public void Seven_day_average_is_one_dashed_line_at_exact_coordinates()
    {
        var chart = SmallChart();

        chart.AverageSegments.Select(PainChart.PointsAttribute).Should().Equal("44,140 134,140 224,164 314,188 404,188 494,188 584,158");
    }

    [Fact]
    public void Axes_are_labelled_from_0_to_10_and_with_dates_from_first_to_last_day()
    {
        var chart = SmallChart();

        chart.YTicks.Select(t => (t.Label, t.At)).Should().Equal(("0", 260m), ("2", 212m), ("4", 164m), ("6", 116m), ("8", 68m), ("10", 20m));
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
    public void A_year_of_days_spreads_evenly_over_the_plot()
    {
        var trend = PainTrend.Build(Enumerable.Range(0, 365).Select(i => new DayEntry(Days.Ago(i), 5)).ToList(), Days.Today, 365);

        var chart = PainChart.For(trend);

        chart.DailySegments.Should().ContainSingle().Which.Should().HaveCount(365);
        chart.Markers[0].At.X.Should().Be(44);
        chart.Markers[1].At.X.Should().Be(45.48m, "540 / 364 = 1.4835...");
        chart.Markers[^1].At.Should().Be(new ChartPoint(584, 140));
    }
}
