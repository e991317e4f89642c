using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Tests.Plans;

public sealed class PlanNextSessionTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static SavedPlan Plan(DateOnly start, int days, params (string Slug, string[] Times)[] methods) => new()
    {
        UserId = "me",
        StartDate = start,
        LengthDays = days,
        Methods = methods.Select(m => new PlannedMethod
        {
            MethodSlug = m.Slug,
            TimesPerDay = Math.Max(1, m.Times.Length),
            TimesOfDay = m.Times.Select(t => TimeOnly.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        }).ToList(),
    };

    private static DateTime At(string time) => Today.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void The_next_session_is_the_next_time_later_today_with_every_method_planned_then()
    {
        var plan = Plan(Today.AddDays(-3), 14, ("stretching", ["08:00", "19:00"]), ("heat-therapy", ["19:00"]), ("pain-medication", []));

        var next = PlanNextSession.Find(plan, At("12:00"));

        next.Should().Be(next with { Status = PlanStatus.Next, Day = Today, Time = new TimeOnly(19, 0) });
        next.MethodSlugs.Should().Equal("stretching", "heat-therapy");
    }

    [Fact]
    public void After_the_last_time_today_the_next_session_is_tomorrows_first()
    {
        var plan = Plan(Today.AddDays(-3), 14, ("stretching", ["08:00", "19:00"]));

        var next = PlanNextSession.Find(plan, At("19:00"));

        next.Status.Should().Be(PlanStatus.Next);
        next.Day.Should().Be(Today.AddDays(1));
        next.Time.Should().Be(new TimeOnly(8, 0));
    }

    [Fact]
    public void A_plan_that_ends_today_is_done_after_its_last_session()
    {
        var plan = Plan(Today.AddDays(-6), 7, ("stretching", ["08:00"]));

        PlanNextSession.Find(plan, At("09:00")).Status.Should().Be(PlanStatus.DoneForToday);
    }

    [Fact]
    public void A_plan_starting_tomorrow_shows_tomorrows_first_session_and_a_later_one_says_when_it_starts()
    {
        PlanNextSession.Find(Plan(Today.AddDays(1), 7, ("heat-therapy", ["07:30"])), At("22:00"))
            .Should().Match<PlanNextSession>(n => n.Status == PlanStatus.Next && n.Day == Today.AddDays(1) && n.Time == new TimeOnly(7, 30));
        PlanNextSession.Find(Plan(Today.AddDays(2), 7, ("heat-therapy", ["07:30"])), At("22:00"))
            .Should().Match<PlanNextSession>(n => n.Status == PlanStatus.NotStarted && n.Day == Today.AddDays(2));
    }

    [Fact]
    public void An_ended_plan_and_a_plan_without_times_have_no_next_session()
    {
        PlanNextSession.Find(Plan(Today.AddDays(-14), 14, ("stretching", ["08:00"])), At("07:00")).Status.Should().Be(PlanStatus.Ended);
        PlanNextSession.Find(Plan(Today, 14, ("pain-medication", [])), At("07:00")).Status.Should().Be(PlanStatus.NoTimes);
    }
}
