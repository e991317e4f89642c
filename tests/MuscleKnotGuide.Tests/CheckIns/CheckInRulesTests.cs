using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class CheckInRulesTests
{
    [Theory]
    [InlineData(0, "none")]
    [InlineData(1, "mild")]
    [InlineData(3, "mild")]
    [InlineData(4, "moderate")]
    [InlineData(6, "moderate")]
    [InlineData(7, "severe")]
    [InlineData(10, "severe")]
    public void Pain_levels_fall_in_the_usual_bands(int level, string band) => PainBands.Name(level).Should().Be(band);

    [Fact]
    public void The_check_in_window_is_today_and_the_29_days_before()
    {
        var today = new DateOnly(2026, 3, 1);

        CheckInWindow.Contains(today, today).Should().BeTrue();
        CheckInWindow.Contains(today.AddDays(-29), today).Should().BeTrue();
        CheckInWindow.Contains(today.AddDays(-30), today).Should().BeFalse();
        CheckInWindow.Contains(today.AddDays(1), today).Should().BeFalse();
    }
}
