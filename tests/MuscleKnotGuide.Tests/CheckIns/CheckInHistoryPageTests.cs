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
/// The history of check-ins: pages of thirty, newest first, each row's pain band. Run on both database providers:
/// SQLite (the default) and PostgreSQL (a throw-away cluster).
/// </summary>
public abstract class CheckInHistoryPageTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : CheckInHistoryPageTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : CheckInHistoryPageTests(app.Required()), IClassFixture<PostgresAppFactory>;

    [Fact]
    public async Task History_shows_thirty_check_ins_a_page_newest_first()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var today = app.Today();
        await app.SeedAsync(email, Enumerable.Range(0, 31).Select(i => ACheckIn(today.AddDays(-i), pain: i % 11)).ToArray());

        var first = await client.GetPageAsync("/checkins");
        var days = first.QuerySelectorAll(".checkin-day-group h2 time").Select(t => t.GetAttribute("datetime")).ToArray();
        days.Should().HaveCount(30);
        days[0].Should().Be(Iso(today));
        days.Should().BeInDescendingOrder();
        first.QuerySelector(".list-pager").Text().Should().Contain("Page 1 of 2");
        first.QuerySelector(".list-pager a[rel=next]")!.GetAttribute("href").Should().Be("/checkins?page=2");

        var second = await client.GetPageAsync("/checkins?page=2");
        second.QuerySelectorAll(".checkin-day-group h2 time").Select(t => t.GetAttribute("datetime")).Should().Equal(Iso(today.AddDays(-30)));
        second.QuerySelector(".list-pager a[rel=prev]")!.GetAttribute("href").Should().Be("/checkins?page=1");
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("0", 1)]
    [InlineData("-3", 1)]
    [InlineData("1.5", 1)]
    [InlineData("99", 2)]
    [InlineData("99999999999999999999", 2)]
    public async Task A_page_number_that_does_not_exist_shows_the_nearest_page(string page, int shown)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, Enumerable.Range(0, 31).Select(i => ACheckIn(app.Today().AddDays(-i))).ToArray());

        var history = await client.GetPageAsync($"/checkins?page={Uri.EscapeDataString(page)}");

        history.QuerySelector(".list-pager").Text().Should().Contain($"Page {shown} of 2");
    }

    [Theory]
    [InlineData(0, "Log another entry for today")] // today first on page 1
    [InlineData(-1, "Log today's check-in")] // yesterday back
    [InlineData(30, "Log another entry for today")] // a month ahead of today (an earlier time zone), today last, on page 2
    [InlineData(40, "Log today's check-in")] // all ahead of today
    public async Task Every_page_of_the_history_knows_whether_there_is_an_entry_today(int newestDaysFromToday, string button)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var today = app.Today();
        await app.SeedAsync(email, Enumerable.Range(0, 31).Select(i => ACheckIn(today.AddDays(newestDaysFromToday - i))).ToArray());

        foreach (var page in new[] { "/checkins", "/checkins?page=2" })
        {
            var history = await client.GetPageAsync(page);
            history.QuerySelector(".checkin-cta a").Text().Should().Be(button, page);
        }
    }

    [Fact]
    public async Task An_empty_history_invites_the_first_check_in()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var history = await client.GetPageAsync("/checkins");

        history.QuerySelector(".empty-state h2").Text().Should().Be("No check-ins yet");
        history.QuerySelector(".checkin-cta a")!.GetAttribute("href").Should().Be("/checkins/new");
        history.QuerySelector(".checkin-cta a").Text().Should().Be("Log today's check-in");
        history.QuerySelector(".list-pager").Should().BeNull();
    }

    [Theory]
    [InlineData(0, "none")]
    [InlineData(3, "mild")]
    [InlineData(4, "moderate")]
    [InlineData(7, "severe")]
    public async Task Each_row_names_the_pain_band(int pain, string band)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, ACheckIn(app.Today(), pain));

        var history = await client.GetPageAsync("/checkins");

        history.QuerySelector(".pain-badge").Text().Should().Be($"Pain {pain}/10 out of 10, {band}");
    }
}
