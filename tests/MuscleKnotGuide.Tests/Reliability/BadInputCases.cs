using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Reports;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;
using static MuscleKnotGuide.Tests.Reliability.BadInputCase;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>
/// The table of bad inputs, each a name, what the person sends and what must come back; and the small builders that
/// make its rows.
/// </summary>
internal static class BadInputCases
{
    public const string Today = "2026-11-20";
    public const string Yesterday = "2026-11-19";
    public const string OwnersNote = "owner's private note";
    public const string PlanForm = "form.plan-form";
    public static readonly string TwoMegabytes = new('x', 2 * 1024 * 1024);

    public static readonly Dictionary<string, BadInputCase> All = new(StringComparer.Ordinal)
    {
        // The new check-in form.
        ["check-in pain 11"] = NewCheckIn("#Form_Pain-error", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable).", ("Form.Pain", "11")),
        ["check-in pain -1"] = NewCheckIn("#Form_Pain-error", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable).", ("Form.Pain", "-1")),
        ["check-in pain abc"] = NewCheckIn("#Form_Pain-error", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable).", ("Form.Pain", "abc")),
        ["check-in pain 5.5"] = NewCheckIn("#Form_Pain-error", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable).", ("Form.Pain", "5.5")),
        ["check-in pain past int"] = NewCheckIn("#Form_Pain-error", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable).", ("Form.Pain", "99999999999999999999")),
        ["check-in pain missing"] = NewCheckIn("#Form_Pain-error", "Choose your pain level, from 0 (no pain) to 10 (worst pain imaginable).", ("Form.Pain", "")),
        ["check-in day missing"] = NewCheckIn("#Form_Day-error", "Enter the date of this check-in.", ("Form.Day", "")),
        ["check-in day tomorrow"] = NewCheckIn("#Form_Day-error", "Saturday 21 November 2026 hasn't happened yet. Check-ins are for today or an earlier day.", ("Form.Day", "2026-11-21")),
        ["check-in day far future"] = NewCheckIn("#Form_Day-error", "Friday 31 December 9999 hasn't happened yet. Check-ins are for today or an earlier day.", ("Form.Day", "9999-12-31")),
        ["check-in day too old"] = NewCheckIn("#Form_Day-error", "Check-ins can go back 30 days: choose a date from Thursday 22 October 2026 to today.", ("Form.Day", "2026-10-21")),
        ["check-in day year one"] = NewCheckIn("#Form_Day-error", "Check-ins can go back 30 days: choose a date from Thursday 22 October 2026 to today.", ("Form.Day", "0001-01-01")),
        ["check-in day month 13"] = NewCheckIn("#Form_Day-error", "Enter a real date, for example 2026-11-20.", ("Form.Day", "2026-13-01")),
        ["check-in day as sql"] = NewCheckIn("#Form_Day-error", "Enter a real date, for example 2026-11-20.", ("Form.Day", "2026-11-20'; DROP TABLE CheckIns; --")),
        ["check-in notes too long"] = NewCheckIn("#Form_Notes-error", "Notes can be up to 2,000 characters; these are 2,001. Please shorten them.", ("Form.Notes", new string('n', 2001))),
        ["check-in unknown method"] = NewCheckIn("#Form_Methods-error", "\"acupuncture\" is not one of the methods on this form. Reload the page and try again.",
            ("Form.Methods[0].Slug", "acupuncture"), ("Form.Methods[0].Tried", "true")),
        ["check-in method twice"] = NewCheckIn("#Form_Methods-error", "Massage therapy was sent twice. Tick each method once.",
            ("Form.Methods[0].Tried", "true"), ("Form.Methods[1].Slug", "massage-therapy"), ("Form.Methods[1].Tried", "true")),
        ["check-in method without a name"] = NewCheckIn("#Form_Methods-error", "A method was ticked without saying which one. Reload the page and try again.",
            ("Form.Methods[0].Slug", ""), ("Form.Methods[0].Tried", "true")),
        ["check-in minutes 1e3"] = NewCheckIn("#Form_Methods_0__Minutes-error", "Massage therapy: minutes must be a whole number from 0 to 600.",
            ("Form.Methods[0].Tried", "true"), ("Form.Methods[0].Minutes", "1e3")),
        ["check-in unknown effect"] = NewCheckIn("#Form_Methods_0__Effect-error", "Massage therapy: choose how it helped from the list.",
            ("Form.Methods[0].Tried", "true"), ("Form.Methods[0].Effect", "<b>cured</b>")),
        ["check-in unknown symptom"] = NewCheckIn("#Form_Symptoms-error", "One of the warning symptoms sent is not on this form. Reload the page and tick them again.", ("Form.Symptoms", "' OR 1=1 --")),
        ["check-in unknown area"] = NewCheckIn("#Form_Areas-error", "Choose where it hurts from the parts of the body map shown. Reload the page and tick them again.", ("Form.Areas", "<script>alert(1)</script>")),
        ["check-in time missing"] = NewCheckIn("#Form_Time-error", "Enter the time of this entry, like 08:10.", ("Form.Time", "")),
        ["check-in time 25:00"] = NewCheckIn("#Form_Time-error", "Enter the time as hours and minutes from 00:00 to 23:59, like 08:10.", ("Form.Time", "25:00")),
        ["check-in time as text"] = NewCheckIn("#Form_Time-error", "Enter the time as hours and minutes from 00:00 to 23:59, like 08:10.", ("Form.Time", "breakfast")),
        ["check-in time with a date"] = NewCheckIn("#Form_Time-error", "Enter the time as hours and minutes from 00:00 to 23:59, like 08:10.", ("Form.Time", "2026-11-20T08:10")),
        ["check-in pain after 11 names the method"] = NewCheckIn("#Form_Methods_1__PainAfter-error", "Stretching: pain after must be a whole number from 0 to 10.",
            ("Form.Methods[1].Tried", "true"), ("Form.Methods[1].PainAfter", "11")),

        // Editing one's own check-in.
        ["edit pain 11"] = EditCheckIn("#Form_Pain-error", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable).", ("Form.Pain", "11")),
        ["edit day to the future"] = EditCheckIn("#Form_Day-error", "Saturday 21 November 2026 hasn't happened yet. Check-ins are for today or an earlier day.", ("Form.Day", "2026-11-21")),

        // Someone else's check-in and plan, by every look and every change.
        ["other's check-in edit GET"] = Get(p => $"/checkins/{p.Owner.CheckInId}/edit", HttpStatusCode.NotFound),
        ["other's check-in delete GET"] = Get(p => $"/checkins/{p.Owner.CheckInId}/delete", HttpStatusCode.NotFound),
        ["other's check-in edit POST"] = Post(p => $"/checkins/{p.Owner.CheckInId}/edit", HttpStatusCode.NotFound, ("Form.Day", Today), ("Form.Pain", "0")),
        ["other's check-in delete POST"] = Post(p => $"/checkins/{p.Owner.CheckInId}/delete", HttpStatusCode.NotFound),
        ["other's plan GET"] = Get(p => $"/plan/{p.Owner.PlanId}", HttpStatusCode.NotFound),
        ["other's plan edit GET"] = Get(p => $"/plan/{p.Owner.PlanId}/edit", HttpStatusCode.NotFound),
        ["other's plan edit POST"] = Post(p => $"/plan/{p.Owner.PlanId}/edit", HttpStatusCode.NotFound, ("Form.Methods[0].Slug", "stretching"), ("Form.Methods[0].Chosen", "true")),
        ["other's plan delete GET"] = Get(p => $"/plan/{p.Owner.PlanId}/delete", HttpStatusCode.NotFound),
        ["other's plan delete POST"] = Post(p => $"/plan/{p.Owner.PlanId}/delete", HttpStatusCode.NotFound),
        ["other's plan print"] = Get(p => $"/plan/{p.Owner.PlanId}/print", HttpStatusCode.NotFound),
        ["other's plan calendar"] = Get(p => $"/plan/{p.Owner.PlanId}/calendar", HttpStatusCode.NotFound),

        // The plan form.
        ["plan with no method"] = NewPlan("#Form_Methods-error", "Choose at least one method.", ("Form.Methods[0].Chosen", "")),
        ["plan unknown method"] = NewPlan("#Form_Methods-error", "Choose methods from the list.", ("Form.Methods[0].Slug", "acupuncture")),
        ["plan method twice"] = NewPlan("#Form_Methods-error", "Choose each method only once.", ("Form.Methods[1].Slug", "massage-therapy"), ("Form.Methods[1].Chosen", "true")),
        ["plan length 10"] = NewPlan("#Form_LengthDays-error", "Choose a plan length of 7, 14 or 28 days.", ("Form.LengthDays", "10")),
        ["plan length text"] = NewPlan("#Form_LengthDays-error", "Choose a plan length of 7, 14 or 28 days.", ("Form.LengthDays", "a fortnight")),
        ["plan start garbage"] = NewPlan("#Form_StartDate-error", "Enter the start date as a real date, like 2026-11-20.", ("Form.StartDate", "garbage")),
        ["plan start years away"] = NewPlan("#Form_StartDate-error", "Choose a start date within a year of today.", ("Form.StartDate", "2029-01-01")),
        ["plan time 25:00"] = NewPlan("#Form_Methods_0__Times_0_-error", "Enter time 1 for Massage therapy as hours and minutes from 00:00 to 23:59, like 08:00.", ("Form.Methods[0].Times[0]", "25:00")),
        ["plan time 8pm"] = NewPlan("#Form_Methods_0__Times_0_-error", "Enter time 1 for Massage therapy as hours and minutes from 00:00 to 23:59, like 08:00.", ("Form.Methods[0].Times[0]", "8pm")),
        ["plan same time twice"] = NewPlan("#Form_Methods_0__Times_1_-error", "Massage therapy has 08:00 twice; choose a different time.",
            ("Form.Methods[0].TimesPerDay", "2"), ("Form.Methods[0].Times[0]", "08:00"), ("Form.Methods[0].Times[1]", "8:00")),
        ["plan zero times a day"] = NewPlan("#Form_Methods_0__TimesPerDay-error", "Choose how many times a day for Massage therapy, from 1 to 6.", ("Form.Methods[0].TimesPerDay", "0")),
        ["plan minutes 999"] = NewPlan("#Form_Methods_0__Minutes-error", "Enter the minutes for Massage therapy as a whole number from 1 to 180.", ("Form.Methods[0].Minutes", "999")),
        ["plan goal too long"] = NewPlan("#Form_Goal-error", "Keep your goal to 300 characters or fewer (it has 301).", ("Form.Goal", new string('g', 301))),

        // Query strings.
        ["insights range text"] = Get(_ => "/insights?range=abc", HttpStatusCode.OK, ".range-switch a[aria-current=page]", "30 days"),
        ["insights range negative"] = Get(_ => "/insights?range=-90", HttpStatusCode.OK, ".range-switch a[aria-current=page]", "30 days"),
        ["insights range past int"] = Get(_ => "/insights?range=99999999999999999999", HttpStatusCode.OK, ".range-switch a[aria-current=page]", "30 days"),
        ["history page -5"] = Get(_ => "/checkins?page=-5", HttpStatusCode.OK, ".checkin-day-group h2 time", "Thursday 19 November 2026"),
        ["history page text"] = Get(_ => "/checkins?page=%3Cscript%3E", HttpStatusCode.OK, ".checkin-day-group h2 time", "Thursday 19 November 2026"),
        ["report from garbage"] = Get(_ => $"/report?from=garbage&to={Today}", HttpStatusCode.OK, "#From-error", "Enter the start date as a real date, like 2026-11-20."),
        ["report to in the future"] = Get(_ => "/report?from=2026-11-01&to=2026-12-01", HttpStatusCode.OK, "#To-error", "The end date cannot be in the future."),
        ["report from after to"] = Get(_ => "/report?from=2026-11-20&to=2026-11-01", HttpStatusCode.OK, "#From-error", "The start date must be on or before the end date."),
        ["report too long a range"] = Get(_ => $"/report?from=2020-01-01&to={Today}", HttpStatusCode.OK, "#From-error", $"Choose a range of at most {DoctorReport.MaxRangeDays} days."),
        ["report to missing"] = Get(_ => "/report?from=2026-11-01", HttpStatusCode.OK, "#To-error", "Enter the end date."),
        ["plan print unknown method"] = Get(_ => $"/plan/print?m=acupuncture.10.0800&days=14&start={Today}", HttpStatusCode.BadRequest, "ul.field-error li", "Choose methods from the list."),
        ["plan print minutes text"] = Get(_ => $"/plan/print?m=massage-therapy.ten.0800&days=14&start={Today}", HttpStatusCode.BadRequest, "ul.field-error li", "Enter the minutes for Massage therapy as a whole number from 1 to 180."),
        ["plan print time 2561"] = Get(_ => $"/plan/print?m=massage-therapy.10.2561&days=14&start={Today}", HttpStatusCode.BadRequest, "ul.field-error li", "Enter time 1 for Massage therapy as hours and minutes from 00:00 to 23:59, like 08:00."),
        ["plan print same time twice"] = Get(_ => $"/plan/print?m=massage-therapy.10.0800.0800&days=14&start={Today}", HttpStatusCode.BadRequest, "ul.field-error li", "Massage therapy has 08:00 twice; choose a different time."),
        ["plan print length text"] = Get(_ => $"/plan/print?m=massage-therapy.10.0800&days=abc&start={Today}", HttpStatusCode.BadRequest, "ul.field-error li", "Choose a plan length of 7, 14 or 28 days."),
        ["plan print start garbage"] = Get(_ => "/plan/print?m=massage-therapy.10.0800&days=14&start=garbage", HttpStatusCode.BadRequest, "ul.field-error li", "Enter the start date as a real date, like 2026-11-20."),
        ["plan print nothing"] = Get(_ => "/plan/print", HttpStatusCode.BadRequest, "ul.field-error li", "Choose at least one method."),
        ["plan print empty method"] = Get(_ => $"/plan/print?m=&days=14&start={Today}", HttpStatusCode.BadRequest, "ul.field-error li", "Choose methods from the list."),
        ["plan print dots only"] = Get(_ => $"/plan/print?m=...&days=14&start={Today}", HttpStatusCode.BadRequest, "ul.field-error li", "Choose methods from the list."),
        ["plan calendar unknown method"] = Get(_ => $"/plan/calendar?m=acupuncture.10.0800&days=14&start={Today}", HttpStatusCode.BadRequest),
        ["plan calendar malformed"] = Get(_ => "/plan/calendar?m=massage-therapy.10.08:00:99&days=-1&start=2026-02-30", HttpStatusCode.BadRequest),
        ["plan calendar nothing"] = Get(_ => "/plan/calendar", HttpStatusCode.BadRequest),

        // Addresses that do not exist.
        ["unknown page"] = Get(_ => "/no-such-page", HttpStatusCode.NotFound),
        ["check-in id text"] = Get(_ => "/checkins/abc/edit", HttpStatusCode.NotFound),
        ["check-in id past int"] = Get(_ => "/checkins/99999999999/edit", HttpStatusCode.NotFound),
        ["check-in id unknown"] = Get(_ => "/checkins/2147483647/delete", HttpStatusCode.NotFound),
        ["plan id text"] = Get(_ => "/plan/abc/print", HttpStatusCode.NotFound),
        ["plan id negative"] = Get(_ => "/plan/-1/edit", HttpStatusCode.NotFound),
        ["unknown guide"] = Get(_ => "/guides/no-such-guide", HttpStatusCode.NotFound),
        ["unknown export file"] = Get(_ => "/account/data/secrets.csv", HttpStatusCode.NotFound),
        ["export file path escape"] = Get(_ => "/account/data/..%2F..%2Fappsettings.json", HttpStatusCode.NotFound),

        // Posts without the antiforgery token.
        ["new check-in without token"] = PostWithoutToken(_ => "/checkins/new", ("Form.Day", Today), ("Form.Pain", "3")),
        ["edit without token"] = PostWithoutToken(p => $"/checkins/{p.CheckInId}/edit", ("Form.Day", Yesterday), ("Form.Pain", "9")),
        ["delete without token"] = PostWithoutToken(p => $"/checkins/{p.CheckInId}/delete"),
        ["plan without token"] = PostWithoutToken(_ => "/plan", ("Form.Methods[0].Slug", "massage-therapy"), ("Form.Methods[0].Chosen", "true")),
        ["account deletion without token"] = PostWithoutToken(_ => "/account/data/delete", ("Password", Accounts.Password)),

        // Methods a page has no handler for, and bodies no form sends.
        ["POST to insights"] = WithMethod(HttpMethod.Post, _ => "/insights", HttpStatusCode.MethodNotAllowed),
        ["POST to the report"] = WithMethod(HttpMethod.Post, _ => "/report", HttpStatusCode.MethodNotAllowed),
        ["POST to the history"] = WithMethod(HttpMethod.Post, _ => "/checkins", HttpStatusCode.MethodNotAllowed),
        ["POST to an export file"] = WithMethod(HttpMethod.Post, _ => "/account/data/diary.json", HttpStatusCode.MethodNotAllowed),
        ["POST to plan print"] = WithMethod(HttpMethod.Post, _ => "/plan/print", HttpStatusCode.MethodNotAllowed),
        ["POST to an unknown handler"] = WithMethod(HttpMethod.Post, _ => "/account/data?handler=Nope", HttpStatusCode.MethodNotAllowed),
        ["PUT to a check-in"] = WithMethod(HttpMethod.Put, p => $"/checkins/{p.CheckInId}/edit", HttpStatusCode.MethodNotAllowed),
        ["DELETE of a check-in"] = WithMethod(HttpMethod.Delete, p => $"/checkins/{p.CheckInId}/delete", HttpStatusCode.MethodNotAllowed),
        ["form of 1,100 fields"] = Raw(_ => "/checkins/new", token => new FormUrlEncodedContent(
            Enumerable.Repeat(new KeyValuePair<string, string>("Form.Symptoms", "fever"), 1100).Append(new("__RequestVerificationToken", token)))),
        ["form field name of 3,000 characters"] = Raw(_ => "/checkins/new", token => new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new(new string('k', 3000), "v"), new("Form.Pain", "3")])),
        ["broken multipart body"] = Raw(_ => "/account/data?handler=Import", _ => Body("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb", "multipart/form-data; boundary=x")),
        ["JSON instead of a form"] = Raw(_ => "/checkins/new", _ => Body("""{"Form":{"Pain":3}}""", "application/json")),

        // Bodies over the 1 MB form limit.
        ["check-in of 2 MB"] = NewCheckIn(HttpStatusCode.RequestEntityTooLarge, ("Form.Notes", TwoMegabytes)),
        ["plan of 2 MB"] = NewPlan(HttpStatusCode.RequestEntityTooLarge, ("Form.Goal", TwoMegabytes)),

        // Imports of files that are not a good export.
        ["import not json"] = Import("{not json", "The file could not be read as a MuscleKnotGuide export (line 1). Check that it is the file you downloaded and that it was not edited."),
        ["import empty file"] = Import("", "Choose the .json file you downloaded from this page."),
        ["import json array"] = Import("[]", "This file is not a MuscleKnotGuide export. Choose the .json file you downloaded from this page."),
        ["import other version"] = Import(Export(version: 3), "This export has a version this app cannot read (it reads versions 1 and 2)."),
        ["import check-ins null"] = Import(Export(checkIns: "null"), "The file could not be read as a MuscleKnotGuide export…"),
        ["import null check-in"] = Import(Export(checkIns: "[null]"), "Check-in 1 is empty."),
        ["import pain 11"] = Import(Export(checkIns: """[{"day":"2026-11-01","painLevel":11}]"""), "Check-in 1 (2026-11-01): pain level is 11; it must be between 0 and 10."),
        ["import unknown method"] = Import(Export(checkIns: """[{"day":"2026-11-01","painLevel":3,"methods":[{"method":"acupuncture"}]}]"""), "Check-in 1 (2026-11-01): 'acupuncture' is not a method this app knows."),
        ["import impossible day"] = Import(Export(checkIns: """[{"day":"2026-02-30","painLevel":3}]"""), "The file could not be read as a MuscleKnotGuide export…"),
        ["import pain as text"] = Import(Export(checkIns: """[{"day":"2026-11-01","painLevel":"severe"}]"""), "The file could not be read as a MuscleKnotGuide export…"),
        ["import unknown field"] = Import(Export(checkIns: """[{"day":"2026-11-01","painLevel":3,"isAdmin":true}]"""), "The file could not be read as a MuscleKnotGuide export…"),
        ["import deeply nested"] = Import(new string('[', 100_000) + new string(']', 100_000), "The file could not be read as a MuscleKnotGuide export…"),
        ["import plan of 10 days"] = Import(Export(plans: $$"""[{"startDate":"{{Today}}","lengthDays":10}]"""), "Plan 1 (starting 2026-11-20): a plan lasts 7, 14 or 28 days, not 10."),
        ["import a day already logged"] = Import(Export(checkIns: $$"""[{"day":"{{Yesterday}}","painLevel":3}]"""),
            "Your diary already has 1 day from this file (listed below). Nothing was imported, so nothing was overwritten."),
        ["import 51 entries on one day"] = Import(Export(checkIns: "[" + string.Join(',', Enumerable.Repeat("""{"day":"2026-11-01","painLevel":3}""", 51)) + "]"),
            "The file holds more than 50 entries for 2026-11-01, the most a day can hold."),
        ["import time 25:00"] = Import(Export(checkIns: """[{"day":"2026-11-01","time":"25:00:00","painLevel":3}]"""), "The file could not be read as a MuscleKnotGuide export…"),
        ["import time as text"] = Import(Export(checkIns: """[{"day":"2026-11-01","time":"morning","painLevel":3}]"""), "The file could not be read as a MuscleKnotGuide export…"),

        // The account forms.
        ["register bad email"] = Register("#Form_Email-error", "Enter a valid email address, like name@example.com.", ("Form.Email", "not-an-email")),
        ["register unknown time zone"] = Register("#Form_TimeZone-error", "Choose your time zone from the list.", ("Form.TimeZone", "Mars/Olympus_Mons")),
        ["register passwords differ"] = Register("#Form_ConfirmPassword-error", "The two passwords don't match.", ("Form.ConfirmPassword", "something else entirely")),
        ["profile unknown time zone"] = Profile("#Profile_TimeZone-error", "Choose your time zone from the list.", ("Profile.TimeZone", "../../etc/localtime")),
        ["profile name too long"] = Profile("#Profile_DisplayName-error", "Keep your name under 100 characters.", ("Profile.DisplayName", new string('a', 101))),
    };
}
