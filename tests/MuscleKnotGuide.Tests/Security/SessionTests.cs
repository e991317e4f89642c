using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

public sealed class SessionTests
{
    [Fact]
    public async Task Signing_out_on_one_device_ends_the_session_on_another_within_two_minutes()
    {
        await using var app = new AppFactory();
        var phone = app.CreateBrowserClient();
        var laptop = app.CreateBrowserClient();
        var email = await phone.RegisterAsync();
        (await laptop.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await laptop.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        await phone.SignOutAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var response = await laptop.GetAsync(new Uri("/account/data", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePathOrSelf().Should().Be("/account/login");
    }

    [Fact]
    public async Task An_unused_session_ends_after_fourteen_days()
    {
        await using var app = new AppFactory();
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        app.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        (await client.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_session_in_daily_use_slides_on_but_ends_thirty_days_after_signing_in()
    {
        await using var app = new AppFactory();
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        for (var day = 1; day <= 29; day++)
        {
            app.Clock.Advance(TimeSpan.FromDays(1));
            (await client.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, $"day {day} is within 30 days");
        }

        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var response = await client.GetAsync(new Uri("/account/data", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePathOrSelf().Should().Be("/account/login");
    }
}
