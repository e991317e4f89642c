using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>
/// Which days a check-in may be logged for, and moving an entry to another day. Run on both database providers:
/// SQLite (the default) and PostgreSQL (a throw-away cluster).
/// </summary>
public abstract class CheckInDayWindowTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : CheckInDayWindowTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : CheckInDayWindowTests(app.Required()), IClassFixture<PostgresAppFactory>;

    [Fact]
    public async Task The_oldest_allowed_day_is_accepted_and_the_day_before_it_is_refused()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var oldest = CheckInWindow.Earliest(app.Today());
        oldest.Should().Be(new DateOnly(2026, 10, 22), "today and the 29 days before it make the 30-day window");

        var refused = await client.LogAsync(null, ("Form.Day", Iso(oldest.AddDays(-1))), ("Form.Pain", "3"));
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(refused)).ErrorFor("Form_Day").Should().Be("Check-ins can go back 30 days: choose a date from Thursday 22 October 2026 to today.");
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();

        await client.LogAndFollowAsync(oldest, ("Form.Pain", "3"));
        (await app.CheckInsOfAsync(email)).Should().ContainSingle().Which.Day.Should().Be(oldest);
    }

    [Fact]
    public async Task Asking_for_a_day_outside_the_window_sets_the_form_to_today_and_says_why()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var future = await client.GetPageAsync("/checkins/new?day=2026-11-21");
        future.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be("2026-11-20");
        future.QuerySelector(".notice").Text().Should().Contain("hasn't happened yet");

        var garbage = await client.GetPageAsync("/checkins/new?day=yesterday");
        garbage.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be("2026-11-20");

        var yesterday = await client.GetPageAsync("/checkins/new?day=2026-11-19");
        yesterday.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be("2026-11-19");
        yesterday.QuerySelector(".notice").Should().BeNull();
    }

    [Fact]
    public async Task A_check_in_older_than_the_window_can_still_be_corrected_but_not_moved_to_another_old_day()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var old = app.Today().AddDays(-45);
        await app.SeedAsync(email, ACheckIn(old, pain: 8));
        var id = (await app.CheckInsOfAsync(email)).Single().Id;

        var edit = await client.GetPageAsync($"/checkins/{id}/edit");
        var moved = await client.SubmitAsync(edit, Form, ("Form.Day", Iso(old.AddDays(-1))));
        moved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(moved)).ErrorFor("Form_Day").Should().StartWith("Check-ins can go back 30 days");

        var corrected = await client.SubmitAsync(edit, Form, ("Form.Pain", "6"));
        corrected.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.CheckInsOfAsync(email)).Single().Should().Match<CheckIn>(c => c.Day == old && c.PainLevel == 6);
    }

    [Fact]
    public async Task Moving_an_entry_to_a_day_that_has_one_keeps_both_under_that_day()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var today = app.Today();
        await app.SeedAsync(email, ACheckIn(today, pain: 2), ACheckIn(today.AddDays(-1), pain: 5));
        var checkIns = await app.CheckInsOfAsync(email);

        var edit = await client.GetPageAsync($"/checkins/{checkIns[0].Id}/edit");
        var response = await client.SubmitAsync(edit, Form, ("Form.Day", Iso(today)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.CheckInsOfAsync(email)).Select(c => (c.Day, c.PainLevel)).Should().BeEquivalentTo([(today, 5), (today, 2)]);
    }
}
