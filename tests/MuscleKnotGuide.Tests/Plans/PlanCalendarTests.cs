using Ical.Net;
using Ical.Net.CalendarComponents;
using MuscleKnotGuide.Web;
using MuscleKnotGuide.Web.Plans;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.Plans;

public sealed class PlanCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly SelfCarePlan Plan = new(
        new DateOnly(2026, 11, 23),
        14,
        "Sleep better",
        [
            new PlannedMethodValues("stretching", 2, 10, [new(8, 0), new(19, 30)]),
            new PlannedMethodValues("heat-therapy", 1, 20, [new(21, 0)]),
            PlannedMethodValues.LabelDirected(LabelDirected.PainMedicationSlug),
        ]);

    [Fact]
    public void The_calendar_parses_back_to_one_daily_event_per_method_per_time_for_the_plans_length()
    {
        var ics = PlanCalendar.Create(Plan, Library, Now, "plan7");

        var calendar = Ical.Net.Calendar.Load(ics)!;

        calendar.ShouldMatchPlan(Plan);
        calendar.Events.Select(e => e.Uid).Should().OnlyHaveUniqueItems();
        calendar.Events.Should().NotContain(e => e.Summary!.Contains("medication", StringComparison.OrdinalIgnoreCase));
        var evening = calendar.Events.Single(e => e.Summary == "Stretching" && e.DtStart!.Hour == 19);
        evening.DtStart!.Minute.Should().Be(30);
        var lastDay = evening.GetOccurrences().Select(o => o.Period.StartTime.Date).Last();
        lastDay.Should().Be(new DateOnly(2026, 12, 6), "14 daily occurrences from 23 November end on 6 December");
    }

    [Fact]
    public void The_calendar_reminds_every_evening_of_the_plan_to_log_todays_pain_without_a_link_when_no_address_is_set()
    {
        var calendar = Ical.Net.Calendar.Load(PlanCalendar.Create(Plan, Library, Now, "plan7"))!;

        var reminder = calendar.Events.Single(e => e.Summary == "Log today's pain");
        reminder.DtStart!.Date.Should().Be(Plan.StartDate);
        reminder.DtStart.Time.Should().Be(new TimeOnly(20, 0));
        reminder.DtStart.IsFloating.Should().BeTrue();
        reminder.RecurrenceRule!.Frequency.Should().Be(FrequencyType.Daily);
        reminder.GetOccurrences().Should().HaveCount(Plan.LengthDays);
        reminder.Alarms.Should().ContainSingle();
        reminder.Url.Should().BeNull();
        reminder.Description.Should().NotContain("http");
    }

    [Fact]
    public void With_a_public_address_the_pain_reminder_links_to_the_check_in_form()
    {
        var link = PublicAddress.FromSetting("https://knots.example.org/").Of(PlanCalendar.CheckInPath);

        var calendar = Ical.Net.Calendar.Load(PlanCalendar.Create(Plan, Library, Now, "plan7", link))!;

        var reminder = calendar.Events.Single(e => e.Summary == "Log today's pain");
        reminder.Url.Should().Be(new Uri("https://knots.example.org/checkins/new"));
        reminder.Description.Should().EndWith("\nhttps://knots.example.org/checkins/new");
    }
}

internal static class PlanCalendarChecks
{
    /// <summary>Checks the parsed events against the plan: one daily event per method per time, floating, with the how-to.</summary>
    public static void ShouldMatchPlan(this Ical.Net.Calendar calendar, SelfCarePlan plan)
    {
        var expected = plan.Methods.Where(m => !m.IsLabelDirected).SelectMany(m => m.TimesOfDay.Select(t => (m, t))).ToArray();
        var methodEvents = calendar.Events.Where(e => e.Summary != PlanCalendar.PainReminderSummary).ToArray();
        methodEvents.Should().HaveCount(expected.Length);
        foreach (var (item, time) in expected)
        {
            var method = Library.FindMethod(item.Slug)!;
            CalendarEvent calendarEvent = methodEvents.Single(e => e.Summary == method.Title && e.DtStart!.Time == time);
            calendarEvent.DtStart!.Date.Should().Be(plan.StartDate);
            calendarEvent.DtStart.IsFloating.Should().BeTrue("reminders follow the person's local time");
            calendarEvent.RecurrenceRule!.Frequency.Should().Be(FrequencyType.Daily);
            calendarEvent.RecurrenceRule.Count.Should().Be(plan.LengthDays);
            calendarEvent.Duration!.Value.Minutes.Should().Be(item.Minutes);
            calendarEvent.Description.Should().ContainAll(method.Steps);
            calendarEvent.Alarms.Should().ContainSingle();
        }
    }
}
