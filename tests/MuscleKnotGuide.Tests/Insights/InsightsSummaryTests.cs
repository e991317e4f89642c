using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class InsightsSummaryTests
{
    [Fact]
    public void Compares_this_weeks_average_with_last_weeks()
    {
        // Last week (7-13 days ago): 5, 6, 7 = 6.0; this week (0-6 days ago): 3, 4, 5 = 4.0.
        var days = new List<DayEntry>
        {
            new(Days.Ago(13), 5), new(Days.Ago(10), 6), new(Days.Ago(7), 7),
            new(Days.Ago(6), 3), new(Days.Ago(3), 4), new(Days.Ago(0), 5),
            new(Days.Ago(14), 10),
        };

        var summary = InsightsSummary.Build(days, Days.Today, 30);

        summary.ThisWeekAverage.Should().Be(4m);
        summary.LastWeekAverage.Should().Be(6m, "14 days ago belongs to neither week");
        summary.Direction.Should().Be(WeekDirection.Down);
        InsightsFormat.WeekComparison(summary).Should().Be("lower than last week (down 2.0)");
    }

    [Fact]
    public void A_difference_of_half_a_point_is_a_change_and_less_is_the_same()
    {
        // Last week 4.0 in both cases.
        var halfPointUp = InsightsSummary.Build([new(Days.Ago(8), 4), new(Days.Ago(1), 4), new(Days.Ago(0), 5)], Days.Today, 30);
        var justUnder = InsightsSummary.Build(
            [new(Days.Ago(8), 4), .. Days.EndingToday(4, 5, 4, 5, 4, 5, 4)], Days.Today, 30);

        halfPointUp.ThisWeekAverage.Should().Be(4.5m);
        halfPointUp.Direction.Should().Be(WeekDirection.Up);
        justUnder.ThisWeekAverage.Should().BeApproximately(4.43m, 0.01m, "31 / 7");
        justUnder.Direction.Should().Be(WeekDirection.Same);
        InsightsFormat.WeekComparison(justUnder).Should().Be("about the same as last week");
    }

    [Fact]
    public void No_direction_without_a_check_in_in_both_weeks()
    {
        var summary = InsightsSummary.Build([new(Days.Ago(2), 4)], Days.Today, 30);

        summary.LastWeekAverage.Should().BeNull();
        summary.Direction.Should().Be(WeekDirection.NotEnoughData);
    }

    [Fact]
    public void Counts_only_days_logged_inside_the_range()
    {
        var summary = InsightsSummary.Build([new(Days.Ago(30), 4), new(Days.Ago(29), 4), new(Days.Ago(0), 4), new(Days.Today.AddDays(1), 4)], Days.Today, 30);

        summary.DaysLogged.Should().Be(2);
        summary.RangeDays.Should().Be(30);
    }

    [Fact]
    public void Current_run_counts_consecutive_days_ending_today()
    {
        var summary = InsightsSummary.Build(Days.EndingToday(3, 3, null, 3, 3, 3), Days.Today, 30);

        summary.CurrentRun.Should().Be(3);
    }

    [Fact]
    public void Current_run_still_counts_when_today_is_not_logged_yet()
    {
        var summary = InsightsSummary.Build(Days.EndingToday(3, null, 3, 3, null), Days.Today, 30);

        summary.CurrentRun.Should().Be(2);
    }

    [Fact]
    public void Current_run_is_zero_when_neither_today_nor_yesterday_is_logged()
    {
        var summary = InsightsSummary.Build(Days.EndingToday(3, 3, 3, null, null), Days.Today, 30);

        summary.CurrentRun.Should().Be(0);
    }

    [Fact]
    public void Current_run_reaches_back_to_the_run_start_the_database_found()
    {
        var summary = InsightsSummary.Build(Days.EndingToday(3, 3, 3), Days.Today, 30, runStart: Days.Ago(999));

        summary.CurrentRun.Should().Be(1000);
    }

    [Fact]
    public void Best_and_worst_days_are_the_lowest_and_highest_pain_most_recent_on_ties()
    {
        var days = new List<DayEntry>
        {
            new(Days.Ago(40), 0), new(Days.Ago(40 - 1), 10),
            new(Days.Ago(20), 2), new(Days.Ago(15), 7), new(Days.Ago(10), 2), new(Days.Ago(5), 7), new(Days.Ago(1), 4),
        };

        var summary = InsightsSummary.Build(days, Days.Today, 30);

        summary.Best.Should().Be(new NotableDay(Days.Ago(10), 2));
        summary.Worst.Should().Be(new NotableDay(Days.Ago(5), 7));
        summary.Latest.Should().Be(new NotableDay(Days.Ago(1), 4));
    }

    [Fact]
    public void Nothing_logged_gives_empty_figures()
    {
        var summary = InsightsSummary.Build([], Days.Today, 90);

        summary.Should().Be(new InsightsSummary(null, null, WeekDirection.NotEnoughData, 0, 90, 0, null, null, null));
    }

    [Fact]
    public void Days_pain_stopped_sleep_or_activities_count_each_day_of_the_range_once()
    {
        DayEntry Entry(int daysAgo, bool? sleep, bool? activities) => new(Days.Ago(daysAgo), 5, [], [], sleep, activities);
        var days = MuscleKnotGuide.Web.CheckIns.DayFigures.Combine(
        [
            Entry(0, true, null), Entry(0, true, true), Entry(0, false, false),
            Entry(2, null, true),
            Entry(3, false, false),
            Entry(5, null, null),
            Entry(40, true, true),
        ]);

        var summary = InsightsSummary.Build(days, Days.Today, 30);

        summary.SleepStoppedDays.Should().Be(1, "three entries of today make one day, and 40 days ago is outside the range");
        summary.ActivitiesStoppedDays.Should().Be(2);
    }
}
