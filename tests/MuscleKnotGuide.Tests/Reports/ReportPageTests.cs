using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Plans;
using MuscleKnotGuide.Web.CheckIns;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.Reports;

/// <summary>
/// The report for a doctor, on both database providers: a range longer than
/// <see cref="CheckInsWithMethods.OneQueryMaxDays"/> loads in two queries of its own, which each provider translates.
/// </summary>
public abstract class ReportPageTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : ReportPageTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : ReportPageTests(app.Required()), IClassFixture<PostgresAppFactory>;

    private static readonly DateOnly Today = new(2026, 11, 20);

    private static string[] PainCells(IDocument page) =>
        page.QuerySelectorAll(".report-pain tbody td").Select(td => td.Text()).ToArray();

    private static string[] DayHeaders(IDocument page) =>
        page.QuerySelectorAll(".report-pain thead th:not(:first-child)").Select(th => th.Text()).ToArray();

    private async Task<(HttpClient Client, string UserId)> PersonWithCheckInsAsync(int pain, string symptom, string notes)
    {
        var client = app.CreateBrowserClient();
        var userId = await app.UserIdOfAsync(await client.RegisterAsync());
        var checkIns = Enumerable.Range(0, 40).Select(i =>
        {
            var checkIn = CheckIn(userId, Today.AddDays(-i), pain, Tried("stretching", pain, pain - 1));
            checkIn.WarningSymptoms = i == 3 ? [symptom] : [];
            checkIn.Notes = $"{notes} {i}";
            return checkIn;
        });
        await app.AddCheckInsAsync([.. checkIns]);
        return (client, userId);
    }

    [Theory]
    [InlineData("/insights")]
    [InlineData("/checkins")]
    [InlineData("/")]
    public async Task The_report_is_linked_from_insights_check_ins_and_the_home_dashboard(string path)
    {
        var (client, _) = await PersonWithCheckInsAsync(4, "fever", "note");

        var page = await client.GetPageAsync(path);

        page.QuerySelectorAll("main a[href='/report']").Should().NotBeEmpty($"{path} leads to the doctor report");
    }

    [Fact]
    public async Task The_report_covers_exactly_the_chosen_range_and_only_the_persons_own_check_ins()
    {
        var (me, _) = await PersonWithCheckInsAsync(3, "fever", "mine");
        await PersonWithCheckInsAsync(9, "chest-pain", "theirs");

        var page = await me.GetPageAsync("/report?from=2026-11-05&to=2026-11-11");

        DayHeaders(page).Should().Equal("Thu 5 Nov", "Fri 6 Nov", "Sat 7 Nov", "Sun 8 Nov", "Mon 9 Nov", "Tue 10 Nov", "Wed 11 Nov");
        PainCells(page).Should().Equal(Enumerable.Repeat("3", 7));
        var chart = page.QuerySelector(".report-pain svg.pain-chart-svg[role=img]");
        chart.Should().NotBeNull("the report draws the insights chart of the same days");
        chart!.QuerySelectorAll(".chart-markers circle").Should().HaveCount(7);
        chart.QuerySelectorAll(".chart-x-label").Select(t => t.Text()).Should().StartWith("5 Nov").And.EndWith("11 Nov");
        page.QuerySelector(".report-figures")!.QuerySelectorAll("dd").Select(dd => dd.Text()).Should().Equal("7 of 7", "3.0", "3 on Wed 11 Nov", "3 on Wed 11 Nov");
        page.QuerySelectorAll(".report-methods tbody tr").Should().ContainSingle()
            .Which.QuerySelectorAll("th, td").Select(c => c.Text()).Should().Equal("Stretching", "7", "1.0 points", "not rated");
        page.QuerySelector(".report-symptoms")!.TextContent.Should().Contain("None logged", "the one symptom was logged on 17 November, outside the range");
        page.QuerySelector(".doctor-report")!.TextContent.Should().NotContain("Chest pain").And.NotContain("theirs");
    }

    [Fact]
    public async Task A_year_long_report_has_every_logged_day_with_its_method_and_only_the_persons_own()
    {
        var (me, _) = await PersonWithCheckInsAsync(3, "fever", "mine");
        await PersonWithCheckInsAsync(9, "chest-pain", "theirs");

        var page = await me.GetPageAsync("/report?from=2025-11-21&to=2026-11-20&notes=true");

        page.QuerySelector(".report-figures dd")!.Text().Should().Be("40 of 365");
        page.QuerySelectorAll(".report-methods tbody tr").Should().ContainSingle()
            .Which.QuerySelectorAll("th, td").Select(c => c.Text()).Should().Equal("Stretching", "40", "1.0 points", "not rated");
        page.QuerySelectorAll(".report-symptoms tbody tr").Should().ContainSingle()
            .Which.QuerySelectorAll("th, td").Select(c => c.Text()).Should().Equal("Tue 17 Nov", "A fever of 38 °C (100.4 °F) or more", "Urgent");
        page.QuerySelectorAll(".report-note-list dd").Should().HaveCount(40);
        page.QuerySelector(".doctor-report")!.TextContent.Should().NotContain("Chest pain").And.NotContain("theirs");
    }

    [Fact]
    public async Task The_report_defaults_to_the_last_28_days_leaves_notes_out_and_lists_symptoms_with_dates()
    {
        var (me, _) = await PersonWithCheckInsAsync(4, "fever", "mine");

        var page = await me.GetPageAsync("/report");

        page.QuerySelector<IHtmlInputElement>("#From")!.Value.Should().Be("2026-10-24");
        page.QuerySelector<IHtmlInputElement>("#To")!.Value.Should().Be("2026-11-20");
        page.QuerySelector<IHtmlInputElement>("#notes")!.IsChecked.Should().BeFalse();
        PainCells(page).Should().HaveCount(28);
        DayHeaders(page)[0].Should().Be("Sat 24 Oct");
        DayHeaders(page)[^1].Should().Be("Fri 20 Nov");
        page.QuerySelectorAll(".report-symptoms tbody tr").Should().ContainSingle()
            .Which.QuerySelectorAll("th, td").Select(c => c.Text()).Should().Equal("Tue 17 Nov", "A fever of 38 °C (100.4 °F) or more", "Urgent");
        page.QuerySelector(".report-notes").Should().BeNull();
        page.QuerySelector(".doctor-report")!.TextContent.Should().NotContain("mine");

        var withNotes = await me.GetPageAsync("/report?from=2026-11-19&to=2026-11-20&notes=true");
        withNotes.QuerySelectorAll(".report-note-list dd").Select(dd => dd.Text()).Should().Equal("mine 1", "mine 0");
    }

    [Theory]
    [InlineData("/report?from=2026-11-10&to=2026-11-01", "From-error", "The start date must be on or before the end date.")]
    [InlineData("/report?from=2026-11-10&to=2026-12-01", "To-error", "The end date cannot be in the future.")]
    [InlineData("/report?from=2024-01-01&to=2026-11-20", "From-error", "Choose a range of at most 365 days.")]
    [InlineData("/report?from=nonsense&to=2026-11-20", "From-error", "Enter the start date as a real date, like 2026-11-20.")]
    public async Task A_bad_range_shows_a_clear_message_next_to_the_field_and_no_report(string url, string errorId, string message)
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var page = await client.GetPageAsync(url);

        page.GetElementById(errorId).Text().Should().Be(message);
        page.QuerySelector(".error-summary").Should().NotBeNull();
        page.QuerySelector(".doctor-report").Should().BeNull();
    }

    [Fact]
    public async Task The_report_needs_sign_in()
    {
        var response = await app.CreateBrowserClient().GetAsync(new Uri("/report", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/login");
    }

    [Fact]
    public async Task The_report_maps_on_how_many_days_of_the_range_each_region_was_marked()
    {
        var client = app.CreateBrowserClient();
        var userId = await app.UserIdOfAsync(await client.RegisterAsync());
        var checkIns = Enumerable.Range(0, 4).Select(i =>
        {
            var checkIn = CheckIn(userId, Today.AddDays(-i), 5);
            checkIn.Areas = i < 3 ? BackAreas.LowerLeft | BackAreas.ThighLeft : BackAreas.LowerLeft;
            return checkIn;
        }).ToList();
        var sameDay = CheckIn(userId, Today, 6);
        sameDay.Areas = BackAreas.ThighLeft | BackAreas.NeckRight;
        sameDay.Time = new TimeOnly(20, 0);
        checkIns.Add(sameDay);
        var outside = CheckIn(userId, Today.AddDays(-10), 5);
        outside.Areas = BackAreas.CalfRight;
        checkIns.Add(outside);
        await app.AddCheckInsAsync([.. checkIns]);

        var page = await client.GetPageAsync("/report?from=2026-11-14&to=2026-11-20");

        var section = page.QuerySelector(".report-regions")!;
        section.QuerySelectorAll("tbody tr").Select(tr => string.Join(" | ", tr.QuerySelectorAll("th, td").Select(c => c.Text().Trim())))
            .Should().Equal("Neck, right | 1", "Lower back, left | 4", "Thigh, left | 3");
        section.QuerySelector("caption")!.TextContent.Should().Contain("of 4 days recorded");
        var map = section.QuerySelector("svg.body-map-report")!;
        map.QuerySelector("[data-area=LowerLeft]")!.ClassList.Should().Contain("level-4");
        map.QuerySelector("[data-area=ThighLeft]")!.ClassList.Should().Contain("level-3");
        map.QuerySelector("[data-area=NeckRight]")!.ClassList.Should().Contain("level-1");
        map.QuerySelector("[data-area=CalfRight]")!.ClassList.Should().NotContain(c => c.StartsWith("level-", StringComparison.Ordinal), "marked only outside the range");
    }
}
