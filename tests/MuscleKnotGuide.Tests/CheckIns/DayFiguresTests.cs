using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class DayFiguresTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private static DayEntry Entry(DateOnly day, int pain, string[]? symptoms = null, bool? sleep = null, params MethodUse[] methods) =>
        new(day, pain, symptoms ?? [], methods, sleep);

    [Fact]
    public void A_day_with_one_entry_is_that_entry()
    {
        var entry = Entry(Monday, 6, ["night-pain"], true, new MethodUse("stretching", 6, 4, null));

        var day = DayFigures.Combine([entry]).Should().ContainSingle().Subject;

        day.Should().Be(entry);
        day.WorstPain.Should().Be(6);
    }

    [Theory]
    [InlineData(new[] { 4, 5 }, 5)]
    [InlineData(new[] { 3, 4, 4 }, 4)]
    [InlineData(new[] { 2, 9 }, 6)]
    [InlineData(new[] { 0, 1, 1, 1 }, 1)]
    [InlineData(new[] { 7, 7, 8 }, 7)]
    public void A_days_pain_is_the_mean_of_its_entries_rounded_halves_up(int[] pains, int expected)
    {
        DayFigures.DayPain(pains).Should().Be(expected);
        DayFigures.Combine(pains.Select(p => Entry(Monday, p))).Single().Pain.Should().Be(expected);
    }

    [Fact]
    public void A_days_worst_is_its_highest_entry()
    {
        var day = DayFigures.Combine([Entry(Monday, 2), Entry(Monday, 9), Entry(Monday, 3)]).Single();

        (day.Pain, day.WorstPain).Should().Be((5, 9));
    }

    [Fact]
    public void Warning_symptoms_count_once_on_the_day_they_were_logged()
    {
        var days = DayFigures.Combine([
            Entry(Monday, 3, ["night-pain"]),
            Entry(Monday, 4, ["night-pain", "fever"]),
            Entry(Monday.AddDays(1), 2),
        ]);

        days.Select(d => d.Day).Should().Equal(Monday, Monday.AddDays(1));
        days[0].SymptomCodes.Should().Equal("night-pain", "fever");
        days[1].SymptomCodes.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(false, null, false)]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    public void A_yes_on_any_entry_is_a_yes_for_the_day_and_unanswered_entries_do_not_count(bool? first, bool? second, bool? expected) =>
        DayFigures.Combine([Entry(Monday, 3, sleep: first), Entry(Monday, 3, sleep: second)]).Single().StoppedSleeping.Should().Be(expected);

    [Fact]
    public void The_days_methods_are_every_entrys_methods_in_the_order_logged()
    {
        var day = DayFigures.Combine([
            Entry(Monday, 6, null, null, new MethodUse("stretching", 6, 4, null)),
            Entry(Monday, 4, null, null, new MethodUse("heat-therapy", 5, 3, null), new MethodUse("stretching", 4, 3, null)),
        ]).Single();

        day.Methods.Select(m => (m.Slug, m.PainBefore)).Should().Equal(("stretching", 6), ("heat-therapy", 5), ("stretching", 4));
    }

    [Fact]
    public void Days_come_out_oldest_first_whatever_order_the_entries_came_in()
    {
        var days = DayFigures.Combine([Entry(Monday.AddDays(2), 1), Entry(Monday, 2), Entry(Monday.AddDays(2), 3)]);

        days.Select(d => (d.Day, d.Pain)).Should().Equal((Monday, 2), (Monday.AddDays(2), 2));
    }

    [Fact]
    public void Stored_entries_of_a_day_combine_in_their_time_order()
    {
        var days = DayFigures.Combine(new[]
        {
            new CheckIn { Id = 2, UserId = "u", Day = Monday, Time = new TimeOnly(20, 0), PainLevel = 8, Methods = [new MethodTried { MethodSlug = "heat-therapy" }] },
            new CheckIn { Id = 1, UserId = "u", Day = Monday, Time = new TimeOnly(8, 10), PainLevel = 4, Methods = [new MethodTried { MethodSlug = "stretching" }] },
        });

        var day = days.Single();
        (day.Pain, day.WorstPain).Should().Be((6, 8));
        day.Methods.Select(m => m.Slug).Should().Equal("stretching", "heat-therapy");
    }

    [Fact]
    public void A_day_is_full_at_fifty_entries()
    {
        CheckInRules.CheckRoomOnDay(Monday, CheckInRules.MaxEntriesPerDay - 1).Should().BeNull();
        CheckInRules.CheckRoomOnDay(Monday, CheckInRules.MaxEntriesPerDay)!.Message
            .Should().Be("Monday 23 November 2026 already has 50 entries, the most a day can hold. Edit or delete one of them, or choose another date.");
    }
}
