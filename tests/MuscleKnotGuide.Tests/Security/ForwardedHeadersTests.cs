using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>Behind a reverse proxy on loopback (the default trust): each visitor is told apart by X-Forwarded-For.</summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.Fixture app) : IClassFixture<ForwardedHeadersTests.Fixture>
{
    /// <summary>Production's switches: HTTPS required and 10 sign-in tries a minute.</summary>
    public sealed class Fixture : AppFactory
    {
        public Fixture() => With("Security:RequireHttps", "true").With("RateLimits:SignInPerMinute", "10");
    }

    private const string Proxy = "127.0.0.1";

    // The client's own address is https, like the browser's in front of the proxy, so it sends the Secure cookies.
    private HttpClient Visitor(string address) =>
        app.CreateClientFrom(Proxy, "https://localhost", ("X-Forwarded-For", address), ("X-Forwarded-Proto", "https"));

    [Fact]
    public async Task Eleven_tries_from_one_visitor_behind_the_proxy_refuse_that_visitor_only()
    {
        var someoneElse = Visitor("198.51.100.21");
        var email = await someoneElse.RegisterAsync();
        await someoneElse.SignOutAsync();

        var guesser = Visitor("198.51.100.20");
        var login = await guesser.GetPageAsync("/account/login");
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var wrong = await guesser.SubmitAsync(login, "form.form", ("Form.Email", "nobody@example.test"), ("Form.Password", $"guess number {attempt}"));
            wrong.StatusCode.Should().Be(HttpStatusCode.OK, $"attempt {attempt} is within the limit");
        }

        var refused = await guesser.SubmitAsync(login, "form.form", ("Form.Email", "nobody@example.test"), ("Form.Password", "guess number 11"));
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        var signedIn = await someoneElse.SignInAsync(email);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "another visitor behind the same proxy still signs in");
    }

    [Fact]
    public async Task Rotating_forwarded_for_from_an_untrusted_address_changes_nothing()
    {
        var attacker = app.CreateClientFrom("203.0.113.30", "https://localhost");
        var login = await attacker.GetPageAsync("/account/login");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 11; attempt++)
        {
            attacker.DefaultRequestHeaders.Remove("X-Forwarded-For");
            attacker.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{attempt}");
            var response = await attacker.SubmitAsync(login, "form.form", ("Form.Email", "nobody@example.test"), ("Form.Password", $"guess number {attempt}"));
            statuses.Add(response.StatusCode);
        }

        statuses.Take(10).Should().AllSatisfy(status => status.Should().Be(HttpStatusCode.OK));
        statuses[10].Should().Be(HttpStatusCode.TooManyRequests, "the attacker's own address is counted, whatever the header says");
    }

    [Fact]
    public async Task An_untrusted_client_cannot_claim_https_with_a_header()
    {
        var client = app.CreateClientFrom("203.0.113.31", "http://localhost", ("X-Forwarded-Proto", "https"));

        var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector("h1").Text().Should().Be("This site needs HTTPS");
    }

    [Fact]
    public async Task A_page_that_needs_sign_in_redirects_by_path_through_the_proxy_whatever_the_host()
    {
        var client = Visitor("198.51.100.22");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/checkins");
        request.Headers.Host = "attacker.example";

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/account/login?ReturnUrl=%2Fcheckins");
    }
}
