using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class PainTrendTests
{
    // Range of 7 days ending 20 Nov: 14 Nov (4), 16 Nov (2), 17 Nov (3), 20 Nov (8); 10 Nov (6) lies before the range
    // but inside the first days' 7-day look-back.
    internal static List<DayEntry> SmallSeries() =>
    [
        new(new DateOnly(2026, 11, 10), 6),
        new(new DateOnly(2026, 11, 14), 4),
        new(new DateOnly(2026, 11, 16), 2),
        new(new DateOnly(2026, 11, 17), 3),
        new(new DateOnly(2026, 11, 20), 8),
    ];

    [Fact]
    public void Has_one_point_per_calendar_day_with_gaps_for_days_not_logged()
    {
        var trend = PainTrend.Build(SmallSeries(), Days.Today, 7);

        trend.FirstDay.Should().Be(new DateOnly(2026, 11, 14));
        trend.LastDay.Should().Be(Days.Today);
        trend.Points.Select(p => p.Day.Day).Should().Equal(14, 15, 16, 17, 18, 19, 20);
        trend.Points.Select(p => p.Pain).Should().Equal(4, null, 2, 3, null, null, 8);
        trend.DaysLogged.Should().Be(4);
    }

    [Fact]
    public void Rolling_average_is_the_mean_of_logged_days_in_the_seven_calendar_days_ending_that_day()
    {
        var trend = PainTrend.Build(SmallSeries(), Days.Today, 7);

        // 14th: {6 (10th), 4}; 15th: same; 16th: {6, 4, 2}; 17th-19th: {4, 2, 3} (the 10th has left); 20th: {4, 2, 3, 8}.
        trend.Points.Select(p => p.RollingAverage).Should().Equal(5m, 5m, 4m, 3m, 3m, 3m, 4.25m);
    }

    [Fact]
    public void Rolling_average_is_null_when_no_day_in_its_window_is_logged()
    {
        var trend = PainTrend.Build([new DayEntry(Days.Ago(1), 5)], Days.Today, 10);

        trend.Points.Take(8).Should().OnlyContain(p => p.RollingAverage == null && p.Pain == null);
        trend.Points[^2].RollingAverage.Should().Be(5m);
        trend.Points[^1].RollingAverage.Should().Be(5m, "a day without a check-in still has an average when its window has logged days");
        trend.Points[^1].Pain.Should().BeNull();
    }

    [Fact]
    public void Check_ins_after_today_are_ignored()
    {
        var trend = PainTrend.Build([new DayEntry(Days.Today.AddDays(1), 9), new DayEntry(Days.Today, 1)], Days.Today, 30);

        trend.Points.Should().HaveCount(30);
        trend.Points[^1].Should().Be(new TrendPoint(Days.Today, 1, 1m, 1, 1));
    }

    [Fact]
    public void A_logged_day_carries_the_lowest_and_highest_of_its_entries()
    {
        var days = DayFigures.Combine([new DayEntry(Days.Ago(1), 6), new DayEntry(Days.Today, 2), new DayEntry(Days.Today, 7), new DayEntry(Days.Today, 4)]);

        var trend = PainTrend.Build(days, Days.Today, 3);

        trend.Points.Select(p => (p.Pain, p.Best, p.Worst, p.HasRange, p.RangeText)).Should().Equal(
            (null, null, null, false, ""), (6, 6, 6, false, "6"), (4, 2, 7, true, "2-7"));
    }
}
