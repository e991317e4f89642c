using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class LatestRunTests
{
    private static readonly LatestRun TenToTwenty = new(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 20));

    [Theory]
    [InlineData(10, 10, 20)]
    [InlineData(15, 10, 20)]
    [InlineData(20, 10, 20)]
    [InlineData(21, 10, 21)]
    [InlineData(22, 22, 22)]
    [InlineData(30, 30, 30)]
    [InlineData(8, 10, 20)]
    [InlineData(1, 10, 20)]
    public void Adding_a_day_settles_the_run_without_the_diary(int day, int start, int end)
    {
        LatestRun.AfterAdding(TenToTwenty, new DateOnly(2026, 11, day), dayBeforeLogged: true)
            .Should().Be(new LatestRun(new DateOnly(2026, 11, start), new DateOnly(2026, 11, end)));
    }

    [Fact]
    public void The_day_just_before_the_run_starts_it_there_unless_it_joins_an_earlier_run_which_only_the_diary_can_tell()
    {
        var ninth = new DateOnly(2026, 11, 9);
        LatestRun.AfterAdding(TenToTwenty, ninth, dayBeforeLogged: false).Should().Be(new LatestRun(ninth, TenToTwenty.End));
        LatestRun.AfterAdding(TenToTwenty, ninth, dayBeforeLogged: true).Should().BeNull();
    }

    [Fact]
    public void Nothing_known_before_stays_for_the_diary_to_tell()
    {
        LatestRun.AfterAdding(null, new DateOnly(2026, 11, 9), dayBeforeLogged: false).Should().BeNull();
    }
}
