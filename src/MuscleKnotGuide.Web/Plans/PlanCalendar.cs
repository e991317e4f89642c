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

    /// <summary>The daily "log today's pain" reminder: evening, when the day's pain can be summed up.</summary>
    public static readonly TimeOnly PainReminderTime = new(20, 0);

    public const string PainReminderSummary = "Log today's pain";

    /// <summary>The check-in form the pain reminder links to.</summary>
    public const string CheckInPath = "/checkins/new";

    public static string Create(SelfCarePlan plan, GuideLibrary library, DateTimeOffset now, string uidPrefix, Uri? checkInLink = null)
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

        calendar.Events.Add(PainReminder(plan, stamp, uidPrefix, checkInLink));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    // The diary only tells what helps if pain is logged every day, planned methods or not.
    private static CalendarEvent PainReminder(SelfCarePlan plan, CalDateTime stamp, string uidPrefix, Uri? checkInLink)
    {
        var reminder = new CalendarEvent
        {
            Uid = $"{uidPrefix}-log-pain@muscleknotguide",
            DtStamp = stamp,
            Summary = PainReminderSummary,
            Description = "Note your pain from 0 to 10 and what you tried today." + (checkInLink is null ? "" : $"\n{checkInLink.AbsoluteUri}"),
            DtStart = new CalDateTime(plan.StartDate, PainReminderTime),
            Duration = Duration.FromMinutes(5),
            RecurrenceRule = new RecurrencePattern(FrequencyType.Daily, 1) { Count = plan.LengthDays },
        };
        if (checkInLink is not null)
        {
            reminder.Url = checkInLink;
        }

        reminder.Alarms.Add(new Alarm { Action = AlarmAction.Display, Description = PainReminderSummary, Trigger = new Trigger(Duration.FromMinutes(0)) });
        return reminder;
    }

    /// <summary>The short how-to of a method: its guide's steps, one a line.</summary>
    public static string HowTo(TreatmentGuide method) => string.Join("\n", method.Steps.Select(s => "- " + s));
}
