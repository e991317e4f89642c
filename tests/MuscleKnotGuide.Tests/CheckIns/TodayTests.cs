using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>"Today" is the person's own calendar day, wherever they are.</summary>
public sealed class TodayTests(TodayTests.Fixture app) : IClassFixture<TodayTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        // 13:00 UTC is already 00:00 the next day in Sydney (UTC+11 in summer) and 05:00 in Los Angeles.
        public Fixture() => Clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("Australia/Sydney", "2026-11-21")]
    [InlineData("America/Los_Angeles", "2026-11-20")]
    [InlineData("UTC", "2026-11-20")]
    public async Task The_new_check_in_defaults_to_the_persons_own_today(string timeZone, string today)
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync(timeZone: timeZone);

        var form = await client.GetPageAsync("/checkins/new");

        form.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be(today);
        form.QuerySelector<IHtmlInputElement>("#Form_Day")!.GetAttribute("max").Should().Be(today);
    }

    [Fact]
    public async Task The_21st_is_today_in_Sydney_but_still_the_future_in_Los_Angeles()
    {
        var sydney = app.CreateBrowserClient();
        await sydney.RegisterAsync(timeZone: "Australia/Sydney");
        (await sydney.LogAsync(null, ("Form.Day", "2026-11-21"), ("Form.Pain", "3"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var losAngeles = app.CreateBrowserClient();
        await losAngeles.RegisterAsync(timeZone: "America/Los_Angeles");
        var refused = await losAngeles.LogAsync(null, ("Form.Day", "2026-11-21"), ("Form.Pain", "3"));
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(refused)).QuerySelector("#Form_Day-error").Text().Should().Contain("hasn't happened yet");
    }

    [Fact]
    public async Task Changing_the_time_zone_moves_today_at_once()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync(timeZone: "UTC");

        var account = await client.GetPageAsync("/account");
        var response = await client.SubmitAsync(account, "#profile-form", ("Profile.TimeZone", "Australia/Sydney"));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var form = await client.GetPageAsync("/checkins/new");
        form.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be("2026-11-21");
    }
}
