using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class LatestRunTests
{
    private static readonly LatestRun TenToTwenty = new(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 20));

    [Theory]
    [InlineData(10, true, 10, 20)]
    [InlineData(15, true, 10, 20)]
    [InlineData(20, true, 10, 20)]
    [InlineData(21, true, 10, 21)]
    [InlineData(22, false, 22, 22)]
    [InlineData(30, false, 30, 30)]
    [InlineData(8, true, 10, 20)]
    [InlineData(1, false, 10, 20)]
    public void Adding_a_day_settles_the_run_without_the_diary(int day, bool dayBeforeLogged, int start, int end)
    {
        LatestRun.AfterAdding(TenToTwenty, new DateOnly(2026, 11, day), dayBeforeLogged, diaryWasEmpty: false)
            .Should().Be(new LatestRun(new DateOnly(2026, 11, start), new DateOnly(2026, 11, end)));
    }

    [Fact]
    public void The_day_just_before_the_run_starts_it_there_unless_it_joins_an_earlier_run_which_only_the_diary_can_tell()
    {
        var ninth = new DateOnly(2026, 11, 9);
        LatestRun.AfterAdding(TenToTwenty, ninth, dayBeforeLogged: false, diaryWasEmpty: false).Should().Be(new LatestRun(ninth, TenToTwenty.End));
        LatestRun.AfterAdding(TenToTwenty, ninth, dayBeforeLogged: true, diaryWasEmpty: false).Should().BeNull();
    }

    [Fact]
    public void A_day_after_a_gap_whose_day_before_is_logged_means_the_kept_run_is_wrong_so_the_diary_is_asked()
    {
        LatestRun.AfterAdding(TenToTwenty, new DateOnly(2026, 11, 23), dayBeforeLogged: true, diaryWasEmpty: false).Should().BeNull();
    }

    [Fact]
    public void Nothing_known_before_stays_for_the_diary_to_tell()
    {
        LatestRun.AfterAdding(null, new DateOnly(2026, 11, 9), dayBeforeLogged: false, diaryWasEmpty: false).Should().BeNull();
    }

    [Fact]
    public void The_first_entry_of_an_empty_diary_is_a_run_of_its_own_day()
    {
        var ninth = new DateOnly(2026, 11, 9);
        LatestRun.AfterAdding(null, ninth, dayBeforeLogged: false, diaryWasEmpty: true).Should().Be(new LatestRun(ninth, ninth));
    }
}
