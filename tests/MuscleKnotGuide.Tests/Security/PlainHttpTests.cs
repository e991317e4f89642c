using System.Net;
using Microsoft.AspNetCore.Hosting;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>
/// Production over plain http, not through a trusted proxy, with the default settings (AllowedHosts "*", no https
/// port): every page and every form answers the friendly 400 "This site needs HTTPS" page; never a 500, never a redirect.
/// </summary>
public sealed class PlainHttpTests(PlainHttpTests.Fixture app) : IClassFixture<PlainHttpTests.Fixture>
{
    public class Fixture : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    public static TheoryData<string> Pages =>
    [
        "/", "/guides/stretching", "/guides/when-to-seek-care", "/account/login", "/account/register", "/account",
        "/account/data", "/account/data/delete", "/account/data/export", "/checkins", "/checkins/new", "/checkins/1/edit",
        "/checkins/1/delete", "/insights", "/report", "/plan", "/plan/print", "/plan/1", "/plan/1/edit", "/plan/1/delete",
        "/no-such-page",
    ];

    public static TheoryData<string> Forms =>
    [
        "/account/login", "/account/register", "/account/logout", "/account", "/account/data", "/account/data/delete",
        "/checkins/new", "/checkins/1/edit", "/checkins/1/delete", "/plan", "/plan/1/edit", "/plan/1/delete", "/report",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_over_plain_http_says_the_site_needs_https(string path)
    {
        var response = await app.CreateBrowserClient().GetAsync(new Uri(path, UriKind.Relative));

        await ShouldBeTheHttpsPage(response);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Every_form_posted_over_plain_http_says_the_site_needs_https(string path)
    {
        using var form = new FormUrlEncodedContent([new("Form.Email", "someone@example.test"), new("Form.Password", "a password")]);

        var response = await app.CreateBrowserClient().PostAsync(new Uri(path, UriKind.Relative), form);

        await ShouldBeTheHttpsPage(response);
    }

    [Fact]
    public async Task A_session_cookie_sent_over_plain_http_is_not_used_and_causes_no_error()
    {
        var https = app.CreateClientFrom("198.51.100.40", "https://localhost");
        await https.RegisterAsync();
        var cookies = await CookieHeader(https);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/checkins/new");
        request.Headers.Add("Cookie", cookies);

        var response = await app.CreateClientFrom("198.51.100.40", "http://localhost").SendAsync(request);

        await ShouldBeTheHttpsPage(response);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Sign out");
    }

    [Fact]
    public async Task Health_answers_over_plain_http_for_probes()
    {
        var response = await app.CreateBrowserClient().GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Https_still_shows_every_form()
    {
        var response = await app.CreateClientFrom("198.51.100.41", "https://localhost").GetAsync(new Uri("/account/login", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    internal static async Task ShouldBeTheHttpsPage(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Location.Should().BeNull();
        var page = await Html.ParseAsync(response);
        page.QuerySelector("h1").Text().Should().Be("This site needs HTTPS");
        page.QuerySelector(".status-page").Text().Should().Contain("https://");
        response.Headers.TryGetValues("Set-Cookie", out _).Should().BeFalse("nothing is set over plain http");
    }

    private static async Task<string> CookieHeader(HttpClient signedIn)
    {
        // The cookies the https client holds, read back from a page that shows them to nobody: the request it sends.
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/account");
        var response = await signedIn.SendAsync(probe);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return string.Join("; ", probe.Headers.GetValues("Cookie"));
    }
}
