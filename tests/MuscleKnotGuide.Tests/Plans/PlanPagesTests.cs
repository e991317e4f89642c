using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.Plans;

/// <summary>Run on both database providers: SQLite (the default) and PostgreSQL (a throw-away cluster).</summary>
public abstract class PlanPagesTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : PlanPagesTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : PlanPagesTests(app.Required()), IClassFixture<PostgresAppFactory>;

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static readonly int[] SessionBoxes = [1, 2, 2, 1, 1];

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

    [Fact]
    public async Task An_anonymous_plan_with_all_five_methods_prints_every_step_caution_and_a_grid_row_per_day()
    {
        var client = app.CreateBrowserClient();
        var response = await client.SubmitPlanAsync("/plan", ("Form.Goal", "Carry my shopping without a sore back"));

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
        var response = await client.SubmitPlanAsync("/plan", ("Form.Methods[1].TimesPerDay", "3"),
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
        var response = await client.SubmitPlanAsync("/plan", ("Form.StartDate", "2026-11-23"), ("Form.Methods[0].Minutes", "25"));
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
            new PlannedMethodValues("massage-therapy", 1, 25, [new(8, 0)]),
            new PlannedMethodValues("stretching", 2, 10, [new(8, 0), new(19, 0)]),
            new PlannedMethodValues("heat-therapy", 2, 15, [new(8, 0), new(19, 0)]),
            new PlannedMethodValues("foam-rolling", 1, 10, [new(8, 0)]),
            PlannedMethodValues.LabelDirected(LabelDirected.PainMedicationSlug),
        ]);
        calendar.ShouldMatchPlan(plan);
    }
}
