using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.Plans;

/// <summary>Run on both database providers: SQLite (the default) and PostgreSQL (a throw-away cluster).</summary>
public abstract class PlanPagesTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : PlanPagesTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : PlanPagesTests(app.Required()), IClassFixture<PostgresAppFactory>;

    private static readonly DateOnly Today = new(2026, 11, 20);

    private static Uri Url(string path) => new(path, UriKind.Relative);

    /// <summary>Submits the builder with every method ticked (plus any other values) and returns the response.</summary>
    private static async Task<HttpResponseMessage> SubmitPlanAsync(HttpClient client, string page, params (string Key, string Value)[] values)
    {
        var form = await client.GetPageAsync(page);
        return await client.SubmitAsync(form, "form.plan-form", ChooseAll().Concat(values).ToArray());
    }

    private static async Task<int> SavePlanAsync(HttpClient client, params (string Key, string Value)[] values)
    {
        var response = await SubmitPlanAsync(client, "/plan", values);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.Should().MatchRegex(@"^/plan/\d+$");
        return int.Parse(location["/plan/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> PlanCountAsync(string email)
    {
        var userId = await app.UserIdOfAsync(email);
        return await app.WithDbAsync(db => db.PlansOf(userId).CountAsync());
    }

    [Fact]
    public async Task The_builder_prefills_times_and_minutes_from_each_guides_front_matter()
    {
        var page = await app.CreateClient().GetPageAsync("/plan");

        var blocks = page.QuerySelectorAll(".plan-method").ToArray();
        blocks.Should().HaveCount(5);
        for (var i = 0; i < blocks.Length; i++)
        {
            var method = Library.Methods[i];
            blocks[i].QuerySelector($"label[for='Form_Methods_{i}__Chosen']").Text().Should().Be(method.Title);
            blocks[i].QuerySelector<IHtmlInputElement>("input[type=checkbox]")!.IsChecked.Should().BeFalse("nothing is chosen for the person");
            if (method.HowOftenPerDay is { } often)
            {
                blocks[i].QuerySelector<IHtmlSelectElement>($"select[name='Form.Methods[{i}].TimesPerDay']")!.Value.Should().Be(often.ToString(System.Globalization.CultureInfo.InvariantCulture));
                blocks[i].QuerySelector<IHtmlInputElement>($"input[name='Form.Methods[{i}].Minutes']")!.Value.Should().Be(method.HowLongMinutes!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var times = blocks[i].QuerySelectorAll<IHtmlInputElement>("input[type=time]").Select(t => t.Value).Where(v => v.Length > 0);
                times.Should().Equal(PlanRules.DefaultTimes(often).Select(PlanRules.FormatTime));
                blocks[i].QuerySelectorAll($"label[for='Form_Methods_{i}__Times_0_']").Should().ContainSingle();
            }
            else
            {
                method.Slug.Should().Be(LabelDirected.PainMedicationSlug);
                blocks[i].QuerySelectorAll("select, input[type=number], input[type=time]").Should().BeEmpty();
                blocks[i].QuerySelector(".plan-label-directed").Text().Should().StartWith("As the label directs");
            }
        }

        page.QuerySelector<IHtmlInputElement>("input[name='Form.LengthDays'][value='14']")!.IsChecked.Should().BeTrue();
        page.QuerySelector<IHtmlInputElement>("#Form_StartDate")!.Value.Should().Be("2026-11-20");
        page.QuerySelectorAll("input[name='Form.LengthDays']").Select(r => r.GetAttribute("value")).Should().Equal("7", "14", "28");
    }

    private static readonly int[] SessionBoxes = [1, 2, 2, 1, 1];

    [Fact]
    public async Task An_anonymous_plan_with_all_five_methods_prints_every_step_caution_and_a_grid_row_per_day()
    {
        var client = app.CreateBrowserClient();
        var response = await SubmitPlanAsync(client, "/plan", ("Form.Goal", "Carry my shopping without a sore back"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var printUrl = response.Headers.Location!.OriginalString;
        printUrl.Should().StartWith("/plan/print?");
        var sheet = await client.GetPageAsync(printUrl);

        sheet.QuerySelector("h1").Text().Should().Be("My self-care plan");
        sheet.QuerySelector(".sheet-dates").Text().Should().Contain("Fri 20 Nov 2026 – Thu 3 Dec 2026");
        sheet.QuerySelector(".sheet-goal").Text().Should().Contain("Carry my shopping without a sore back");
        sheet.QuerySelector(".sheet-name").Should().BeNull("a visitor's name is not known");
        foreach (var method in Library.Methods)
        {
            var block = sheet.QuerySelector($"#method-{method.Slug}");
            block.Should().NotBeNull();
            block!.QuerySelector("h3").Text().Should().Be(method.Title);
            block.QuerySelectorAll(".method-steps li").Select(li => li.Text()).Should().Equal(method.Steps);
            block.QuerySelectorAll(".method-cautions li").Select(li => li.Text()).Should().Equal(method.Cautions);
        }

        sheet.QuerySelector("#method-pain-medication .method-schedule").Text().Should().Contain("As the label directs").And.Contain("never suggests a dose");
        sheet.QuerySelector("#method-stretching .method-steps").Text().Should().ContainAll("Cat-cow", "Child's pose", "Spinal twist");
        sheet.QuerySelector("#method-stretching .method-schedule").Text().Should().Contain("Twice a day, 10 minutes each time, at 08:00 and 19:00");

        var grid = sheet.QuerySelector("table.tracking-grid")!;
        grid.QuerySelectorAll("thead th").Select(th => th.ChildNodes.First().TextContent.Trim()).Should().Equal(
            Library.Methods.Select(m => m.Title).Prepend("Pain 0–10").Prepend("Date"));
        grid.QuerySelectorAll("thead th .session-times").Select(s => s.Text()).Should().Equal("08:00", "08:00 and 19:00", "08:00 and 19:00", "08:00");
        var rows = grid.QuerySelectorAll("tbody tr").ToArray();
        rows.Should().HaveCount(14);
        rows[0].QuerySelector("th").Text().Should().Be("Fri 20 Nov");
        rows[^1].QuerySelector("th").Text().Should().Be("Thu 3 Dec");
        rows.Should().OnlyContain(r => r.QuerySelectorAll(".write-box").Length == 1);
        rows.Should().OnlyContain(r => r.QuerySelectorAll("td.tick").Select(td => td.QuerySelectorAll(".tick-box").Length).SequenceEqual(SessionBoxes),
            "one box per planned session: stretching and heat twice a day, medication once if needed");
        sheet.QuerySelectorAll("#method-stretching .method-pictures img").Select(img => img.GetAttribute("alt")).Should().HaveCount(4).And.OnlyContain(alt => alt!.Length > 20);
        sheet.QuerySelectorAll("#method-pain-medication .method-pictures").Should().BeEmpty();

        var routine = sheet.QuerySelectorAll("table.routine-table tbody tr").ToDictionary(r => r.QuerySelector("th")!.ChildNodes.First().TextContent.Trim(), r => r.QuerySelectorAll("td").Select(td => td.Text()).ToArray());
        routine["Stretching"].Should().Equal("08:00", "", "19:00");
        sheet.QuerySelectorAll("table.routine-table tbody th .routine-minutes").Select(m => m.Text()).Should().Equal("10 min each time", "10 min each time", "15 min each time", "10 min each time");
        routine["Over-the-counter pain medication"].Should().ContainSingle().Which.Should().StartWith("As the label directs");

        var seekCare = sheet.QuerySelector(".sheet-seek-care")!;
        seekCare.QuerySelectorAll("li").Select(li => li.Text()).Should().Equal(Library.WarningSymptoms.Select(s => s.Label));
        sheet.QuerySelector(".sheet-notice").Text().Should().Contain("not medical advice");
        sheet.QuerySelector(".sheet-pain").Should().BeNull("a visitor has no check-ins");

        sheet.QuerySelector("button[data-print]")!.GetAttribute("type").Should().Be("button");
        sheet.QuerySelectorAll("script").Should().OnlyContain(s => s.HasAttribute("src"), "scripts are files, never inline");
        var printScript = sheet.QuerySelectorAll("script").Select(s => s.GetAttribute("src")!).Should().ContainSingle(src => src.StartsWith("/js/print", StringComparison.Ordinal)).Subject;
        var script = await client.GetAsync(Url(printScript));
        script.StatusCode.Should().Be(HttpStatusCode.OK);
        (await script.Content.ReadAsStringAsync()).Should().Contain("window.print()");
    }

    [Fact]
    public async Task An_anonymous_plan_link_brings_the_plan_back_into_the_builder_to_change_it()
    {
        var client = app.CreateBrowserClient();
        var response = await SubmitPlanAsync(client, "/plan", ("Form.Methods[1].TimesPerDay", "3"),
            ("Form.Methods[1].Times[2]", "21:15"), ("Form.LengthDays", "7"));
        var query = response.Headers.Location!.OriginalString["/plan/print".Length..];

        var builder = await client.GetPageAsync("/plan" + query);

        builder.QuerySelector<IHtmlSelectElement>("#Form_Methods_1__TimesPerDay")!.Value.Should().Be("3");
        builder.QuerySelector<IHtmlInputElement>("#Form_Methods_1__Times_2_")!.Value.Should().Be("21:15");
        builder.QuerySelector<IHtmlInputElement>("input[name='Form.LengthDays'][value='7']")!.IsChecked.Should().BeTrue();
        builder.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox]").Should().OnlyContain(c => c.IsChecked);
    }

    [Theory]
    [InlineData("/plan/print?start=2026-11-20&days=10&m=stretching.10.0800")]
    [InlineData("/plan/print?start=2026-11-20&days=14&m=acupuncture.10.0800")]
    [InlineData("/plan/print?start=2026-11-20&days=14&m=stretching.10.2500")]
    [InlineData("/plan/print?start=yesterday&days=14&m=stretching.10.0800")]
    [InlineData("/plan/print?start=2026-11-20&days=14")]
    [InlineData("/plan/print")]
    [InlineData("/plan/print?m=stretching.9999999999999.0800&days=14&start=2026-11-20")]
    public async Task A_broken_print_link_answers_400_with_a_clear_message_never_a_500(string url)
    {
        var response = await app.CreateClient().GetAsync(Url(url));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("h1").Text().Should().Be("This plan link is not complete");
        page.QuerySelectorAll("ul.field-error li").Should().NotBeEmpty();
        (await app.CreateClient().GetAsync(Url(url.Replace("/plan/print", "/plan/calendar", StringComparison.Ordinal)))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_anonymous_calendar_link_downloads_reminders_that_parse_back()
    {
        var client = app.CreateBrowserClient();
        var response = await SubmitPlanAsync(client, "/plan", ("Form.StartDate", "2026-11-23"), ("Form.Methods[0].Minutes", "25"));
        var print = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var calendarLink = print.QuerySelector("a[download]")!.GetAttribute("href")!;

        var download = await client.GetAsync(Url(calendarLink));

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        download.Content.Headers.ContentDisposition!.FileName.Should().Be("self-care-plan.ics");
        var calendar = Ical.Net.Calendar.Load(await download.Content.ReadAsStringAsync())!;
        calendar.Events.Should().HaveCount(1 + 2 + 2 + 1 + 1, "massage once, stretching twice, heat twice, foam rolling once, no medication, and the pain reminder");
        var plan = new SelfCarePlan(new DateOnly(2026, 11, 23), 14, null,
        [
            new PlanItem("massage-therapy", 1, 25, [new(8, 0)]),
            new PlanItem("stretching", 2, 10, [new(8, 0), new(19, 0)]),
            new PlanItem("heat-therapy", 2, 15, [new(8, 0), new(19, 0)]),
            new PlanItem("foam-rolling", 1, 10, [new(8, 0)]),
            PlanItem.LabelDirected(LabelDirected.PainMedicationSlug),
        ]);
        calendar.ShouldMatchPlan(plan);
    }

    [Fact]
    public async Task A_signed_in_plan_is_saved_once_and_can_be_viewed_printed_edited_and_deleted()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var id = await SavePlanAsync(client, ("Form.Goal", "Walk the dog every morning"));

        var view = await client.GetPageAsync($"/plan/{id}");
        view.QuerySelector(".flash").Text().Should().Be("Your plan is saved.");
        view.QuerySelectorAll(".button-row a").Select(a => a.GetAttribute("href")).Should().Equal(
            $"/plan/{id}/print", $"/plan/{id}/edit", $"/plan/{id}/calendar", $"/plan/{id}/delete");
        (await PlanCountAsync(email)).Should().Be(1);

        var list = await client.GetPageAsync("/plan");
        list.QuerySelectorAll(".plan-list a").Select(a => a.GetAttribute("href")).Should().Equal($"/plan/{id}");

        var print = await client.GetPageAsync($"/plan/{id}/print");
        print.QuerySelectorAll(".method-block").Should().HaveCount(5);
        print.QuerySelector(".sheet-goal").Text().Should().Contain("Walk the dog every morning");

        var edit = await client.GetPageAsync($"/plan/{id}/edit");
        edit.QuerySelector<IHtmlTextAreaElement>("#Form_Goal")!.Value.Should().Be("Walk the dog every morning");
        var response = await client.SubmitAsync(edit, "form.plan-form",
            ("Form.Methods[0].Chosen", ""), ("Form.Methods[3].Chosen", ""), ("Form.Methods[1].TimesPerDay", "3"), ("Form.Methods[1].Times[2]", "13:30"), ("Form.LengthDays", "28"));
        response.Headers.Location!.OriginalString.Should().Be($"/plan/{id}");
        var userId = await app.UserIdOfAsync(email);
        var saved = await app.WithDbAsync(db => db.PlansOf(userId).Include(p => p.Methods).SingleAsync());
        saved.LengthDays.Should().Be(28);
        saved.Methods.Select(m => m.MethodSlug).Should().BeEquivalentTo("stretching", "heat-therapy", "pain-medication");
        saved.Methods.Single(m => m.MethodSlug == "stretching").TimesOfDay.Should().Equal(new TimeOnly(8, 0), new TimeOnly(13, 30), new TimeOnly(19, 0));
        saved.Methods.Single(m => m.MethodSlug == "pain-medication").Should().BeEquivalentTo(new { TimesPerDay = 0, Minutes = (int?)null, TimesOfDay = new List<TimeOnly>() });

        var reprint = await client.GetPageAsync($"/plan/{id}/print");
        reprint.QuerySelectorAll("table.tracking-grid tbody tr").Should().HaveCount(28);

        var delete = await client.GetPageAsync($"/plan/{id}/delete");
        (await client.SubmitAsync(delete, "main form")).Headers.Location!.OriginalString.Should().Be("/plan");
        (await PlanCountAsync(email)).Should().Be(0);
        (await client.GetAsync(Url($"/plan/{id}"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_saved_plan_belongs_to_its_owner_only_and_is_404_for_anyone_else()
    {
        var owner = app.CreateBrowserClient();
        var ownerEmail = await owner.RegisterAsync();
        var id = await SavePlanAsync(owner);
        var other = app.CreateBrowserClient();
        await other.RegisterAsync();

        foreach (var path in new[] { $"/plan/{id}", $"/plan/{id}/print", $"/plan/{id}/calendar", $"/plan/{id}/edit", $"/plan/{id}/delete" })
        {
            (await other.GetAsync(Url(path))).StatusCode.Should().Be(HttpStatusCode.NotFound, $"GET {path} by another person");
            (await owner.GetAsync(Url(path))).StatusCode.Should().Be(HttpStatusCode.OK, $"GET {path} by the owner");
        }

        // Posts carry the other person's own valid antiforgery token, so only the ownership check can refuse them.
        var token = (await other.GetPageAsync("/plan")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        foreach (var path in new[] { $"/plan/{id}/edit", $"/plan/{id}/delete" })
        {
            using var content = new FormUrlEncodedContent(ChooseAll().Select(v => new KeyValuePair<string, string>(v.Key, v.Value))
                .Append(new("__RequestVerificationToken", token)).Append(new("Form.LengthDays", "7")).Append(new("Form.StartDate", "2026-11-20")));
            (await other.PostAsync(Url(path), content)).StatusCode.Should().Be(HttpStatusCode.NotFound, $"POST {path} by another person");
        }

        (await PlanCountAsync(ownerEmail)).Should().Be(1);
        var ownerId = await app.UserIdOfAsync(ownerEmail);
        (await app.WithDbAsync(db => db.PlansOf(ownerId).SingleAsync())).LengthDays.Should().Be(14, "the other person's edit changed nothing");

        var anonymous = app.CreateBrowserClient();
        (await anonymous.GetAsync(Url($"/plan/{id}"))).StatusCode.Should().Be(HttpStatusCode.Redirect, "viewing a saved plan needs sign-in");
    }

    [Fact]
    public async Task Validation_messages_show_next_to_their_fields_and_nothing_is_saved()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var none = await client.SubmitAsync(await client.GetPageAsync("/plan"), "form.plan-form");
        none.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(none);
        page.QuerySelector("#Form_Methods-error").Text().Should().Be("Choose at least one method.");
        page.QuerySelector(".error-summary a[href='#Form_Methods']").Text().Should().Be("Choose at least one method.");

        var bad = await SubmitPlanAsync(client, "/plan",
            ("Form.Methods[1].Times[0]", "25:00"), ("Form.LengthDays", "10"), ("Form.Goal", new string('x', 301)));
        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        page = await Html.ParseAsync(bad);
        page.QuerySelector("#Form_Methods_1__Times_0_-error").Text().Should().Be("Enter time 1 for Stretching as hours and minutes from 00:00 to 23:59, like 08:00.");
        page.QuerySelector("#Form_Methods_1__Times_0_")!.ClassList.Should().Contain("input-validation-error");
        page.QuerySelector("#Form_Methods_1__Times_0_")!.GetAttribute("aria-describedby").Should().Contain("Form_Methods_1__Times_0_-error");
        page.QuerySelector("#Form_LengthDays-error").Text().Should().Be("Choose a plan length of 7, 14 or 28 days.");
        page.QuerySelector("#Form_Goal-error").Text().Should().Be("Keep your goal to 300 characters or fewer (it has 301).");
        page.QuerySelectorAll(".error-summary li").Should().HaveCount(3);
        page.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox]").Should().OnlyContain(c => c.IsChecked, "the choices are kept");

        var tampered = await SubmitPlanAsync(client, "/plan", ("Form.Methods[0].Slug", "acupuncture"), ("Form.Methods[2].TimesPerDay", "99"));
        tampered.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(tampered)).QuerySelector("#Form_Methods-error").Text().Should().Be("Choose methods from the list.");

        (await PlanCountAsync(email)).Should().Be(0);
    }

    [Fact]
    public async Task A_signed_in_person_sees_what_helped_them_suggested_but_never_medication()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var userId = await app.UserIdOfAsync(email);
        await app.AddCheckInsAsync(Enumerable.Range(1, 4)
            .Select(i => CheckIn(userId, Today.AddDays(-i), 4,
                Tried("heat-therapy", 6, 3, MethodEffect.HelpedALot),
                Tried(LabelDirected.PainMedicationSlug, 8, 2, MethodEffect.HelpedALot),
                Tried("foam-rolling", 5, 5, MethodEffect.NoChange)))
            .ToArray());

        var page = await client.GetPageAsync("/plan");

        var suggestions = page.QuerySelectorAll(".plan-suggestions li").Select(li => li.Text()).ToArray();
        suggestions.Should().ContainSingle().Which.Should().Be(
            "Heat therapy: You tried it on 4 days, and your pain was on average 3 points lower afterwards, and you said it helped on 100% of the days you rated it.");
        page.QuerySelectorAll(".tag").Should().ContainSingle().Which.Closest(".plan-method")!.QuerySelector("label").Text().Should().Be("Heat therapy");
        page.QuerySelector(".plan-suggestions")!.TextContent.Should().NotContainAny("medication", "dose");
    }

    [Fact]
    public async Task The_printed_plan_of_a_signed_in_person_shows_their_name_and_recent_pain()
    {
        var client = app.CreateBrowserClient();
        var email = $"named-{Guid.NewGuid():N}@example.test";
        var register = await client.GetPageAsync("/account/register");
        (await client.SubmitAsync(register, "form.form", ("Form.Email", email), ("Form.DisplayName", "Robin"),
            ("Form.Password", Accounts.Password), ("Form.ConfirmPassword", Accounts.Password), ("Form.TimeZone", "UTC"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var userId = await app.UserIdOfAsync(email);
        await app.AddCheckInsAsync(CheckIn(userId, Today, 3), CheckIn(userId, Today.AddDays(-2), 6), CheckIn(userId, Today.AddDays(-20), 9));
        var id = await SavePlanAsync(client);

        var sheet = await client.GetPageAsync($"/plan/{id}/print");

        sheet.QuerySelector(".sheet-name").Text().Should().Be("Name: Robin");
        var pain = sheet.QuerySelector(".sheet-pain")!;
        var cells = pain.QuerySelectorAll("tbody td").Select(td => td.Text()).ToArray();
        cells.Should().HaveCount(14, "the last 14 days, each a cell");
        cells[^1].Should().Be("3");
        cells[^3].Should().Be("6");
        cells.Count(c => c == "–not recorded").Should().Be(12);
        pain.QuerySelectorAll("caption").Select(c => c.Text()).Should().Equal("Sat 7 Nov – Fri 13 Nov", "Sat 14 Nov – Fri 20 Nov");
        var chart = pain.QuerySelector("svg.pain-chart-svg[role=img]");
        chart.Should().NotBeNull("the insights chart heads the recent pain on the printed plan");
        chart!.QuerySelectorAll(".chart-markers circle").Should().HaveCount(2, "two of the last 14 days were logged");
        chart.QuerySelectorAll(".chart-x-label").Select(t => t.Text()).Last().Should().Be("20 Nov");
    }
}
