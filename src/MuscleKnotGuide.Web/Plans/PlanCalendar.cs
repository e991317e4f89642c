using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// A plan as calendar reminders (RFC 5545): one daily event per method per chosen time, repeating for the plan's length.
/// Times are floating local times (no TZID): "08:00" stays 08:00 wherever the person's device is, which is what a
/// daily routine means, and it needs no time zone for visitors who are not signed in.
/// Label-directed methods (pain medication) get no reminder: the app never schedules a medicine.
/// </summary>
public static class PlanCalendar
{
    public const string ContentType = "text/calendar";
    public const string FileName = "self-care-plan.ics";

    public static string Create(SelfCarePlan plan, GuideLibrary library, DateTimeOffset now, string uidPrefix)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//MuscleKnotGuide//Self-care plan//EN" };
        calendar.AddProperty("X-WR-CALNAME", "My self-care plan");
        var stamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId);

        foreach (var item in plan.Methods.Where(i => !i.IsLabelDirected))
        {
            if (library.FindMethod(item.Slug) is not { } method)
            {
                continue;
            }

            foreach (var time in item.TimesOfDay)
            {
                var start = new CalDateTime(plan.StartDate, time);
                var calendarEvent = new CalendarEvent
                {
                    Uid = string.Create(CultureInfo.InvariantCulture, $"{uidPrefix}-{item.Slug}-{time:HHmm}@muscleknotguide"),
                    DtStamp = stamp,
                    Summary = method.Title,
                    Description = HowTo(method),
                    DtStart = start,
                    Duration = Duration.FromMinutes(HeatLimit.Clamp(item.Slug, item.Minutes ?? PlanRules.DefaultMinutes)),
                };
                calendarEvent.RecurrenceRule = new RecurrencePattern(FrequencyType.Daily, 1) { Count = plan.LengthDays };
                calendarEvent.Alarms.Add(new Alarm
                {
                    Action = AlarmAction.Display,
                    Description = method.Title,
                    Trigger = new Trigger(Duration.FromMinutes(0)),
                });
                calendar.Events.Add(calendarEvent);
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The short how-to of a method: its guide's steps, one a line.</summary>
    public static string HowTo(TreatmentGuide method) => string.Join("\n", method.Steps.Select(s => "- " + s));
}
