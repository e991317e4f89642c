using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.YourData;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class BodyMapTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void The_six_original_regions_keep_their_stored_values_so_old_entries_keep_their_meaning()
    {
        ((int)BackAreas.UpperLeft, (int)BackAreas.UpperRight, (int)BackAreas.MiddleLeft, (int)BackAreas.MiddleRight, (int)BackAreas.LowerLeft, (int)BackAreas.LowerRight)
            .Should().Be((1, 2, 4, 8, 16, 32));
    }

    [Fact]
    public void Every_region_has_its_own_bit_a_label_and_a_place_on_the_picture()
    {
        BodyMap.Regions.Should().HaveCount(17);
        BodyMap.Regions.Select(r => r.Area).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(Enum.GetValues<BackAreas>().Where(a => a != BackAreas.None), "every flag is on the map and nothing else");
        BodyMap.Regions.Should().OnlyContain(r => System.Numerics.BitOperations.PopCount((uint)r.Area) == 1);
        BodyMap.Regions.Select(r => r.Label).Should().OnlyHaveUniqueItems();
        BodyMap.Regions.Should().OnlyContain(r => r.X >= 0 && r.Y >= 0 && r.X + r.Width <= BodyMap.ViewWidth && r.Y + r.Height <= BodyMap.ViewHeight);
        BodyMap.Regions.Where(r => r.Label.EndsWith(", left", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.X + r.Width <= BodyMap.ViewWidth / 2, "seen from behind, the person's left is on the picture's left");
        BodyMap.Regions.Where(r => r.Label.EndsWith(", right", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.X >= BodyMap.ViewWidth / 2);
    }

    [Fact]
    public void Only_thighs_calves_and_feet_count_as_legs()
    {
        BodyMap.Regions.Where(r => r.IsLeg).Select(r => r.Area)
            .Should().Equal(BackAreas.ThighLeft, BackAreas.ThighRight, BackAreas.CalfLeft, BackAreas.CalfRight);
        BodyMap.MarksALeg(BackAreas.LowerLeft | BackAreas.ButtockRight).Should().BeFalse();
        BodyMap.MarksALeg(BackAreas.LowerLeft | BackAreas.CalfRight).Should().BeTrue();
    }

    [Fact]
    public void A_region_counts_once_a_day_however_many_entries_mark_it()
    {
        var morning = ACheckIn(Day);
        morning.Areas = BackAreas.NeckLeft | BackAreas.ThighRight;
        var evening = ACheckIn(Day);
        evening.Areas = BackAreas.NeckLeft;
        var dayBefore = ACheckIn(Day.AddDays(-1));
        dayBefore.Areas = BackAreas.NeckLeft | BackAreas.BetweenShoulderBlades;

        var counts = BodyMap.DaysMarked([morning, evening, dayBefore, ACheckIn(Day.AddDays(-2))]);

        counts.Select(c => (c.Region.Area, c.Days)).Should().Equal(
            (BackAreas.NeckLeft, 2), (BackAreas.BetweenShoulderBlades, 1), (BackAreas.ThighRight, 1));
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 10, 1)]
    [InlineData(5, 10, 2)]
    [InlineData(8, 10, 4)]
    [InlineData(10, 10, 4)]
    public void The_report_shades_a_region_by_its_share_of_the_recorded_days(int days, int recorded, int level) =>
        BodyMapPicture.Level(days, recorded).Should().Be(level);

    [Fact]
    public void Every_region_is_written_to_the_backup_by_name_and_read_back()
    {
        var all = BodyMap.Known;

        var names = ExportNames.OfAreas(all);

        names.Should().HaveCount(17).And.Contain(["neck-left", "between-shoulder-blades", "buttock-right", "calf-left"]);
        names.Select(n => ExportNames.TryParse<BackAreas>(n, out var area) ? area : BackAreas.None)
            .Aggregate(BackAreas.None, (sum, a) => sum | a).Should().Be(all);
    }
}
