using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>When the loaded window alone shows where the current run of logged days starts, and when it cannot.</summary>
public sealed class RunStartWithinTests
{
    private static readonly DateOnly WindowStart = new(2026, 10, 1);

    private static DayEntry[] Logged(params int[] daysAfterWindowStart) =>
        [.. daysAfterWindowStart.Select(d => new DayEntry(WindowStart.AddDays(d), 4))];

    [Fact]
    public void A_gap_inside_the_window_gives_the_first_day_after_it() =>
        InsightsQuery.RunStartWithin(Logged(0, 1, 2, 5, 6, 7), WindowStart).Should().Be(WindowStart.AddDays(5));

    [Fact]
    public void A_single_latest_day_after_a_gap_is_its_own_run() =>
        InsightsQuery.RunStartWithin(Logged(3, 10), WindowStart).Should().Be(WindowStart.AddDays(10));

    [Fact]
    public void A_run_that_reaches_the_window_start_is_left_to_the_database() =>
        InsightsQuery.RunStartWithin(Logged(0, 1, 2, 3), WindowStart).Should().BeNull();

    [Fact]
    public void A_run_starting_the_day_after_the_window_start_is_known_since_the_window_start_was_read() =>
        InsightsQuery.RunStartWithin(Logged(1, 2, 3), WindowStart).Should().Be(WindowStart.AddDays(1));

    [Fact]
    public void An_empty_window_is_left_to_the_database() =>
        InsightsQuery.RunStartWithin([], WindowStart).Should().BeNull();
}
