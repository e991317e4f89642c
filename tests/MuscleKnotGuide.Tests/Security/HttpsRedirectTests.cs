using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>With the https port known and AllowedHosts naming the site, plain http is redirected; a forged Host never is.</summary>
public sealed class HttpsRedirectTests(HttpsRedirectTests.Fixture app) : IClassFixture<HttpsRedirectTests.Fixture>
{
    public sealed class Fixture : PlainHttpTests.Fixture
    {
        public Fixture() => With("AllowedHosts", "muscleknotguide.example").With("https_port", "8443");
    }

    private HttpClient Visitor(string scheme = "http") => app.CreateClientFrom("198.51.100.50", $"{scheme}://muscleknotguide.example");

    [Theory]
    [InlineData("GET", "/checkins/new?day=2026-11-20")]
    [InlineData("POST", "/account/login")]
    public async Task Plain_http_is_redirected_to_the_same_address_over_https(string method, string path)
    {
        var response = await Visitor().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect, "307 keeps the method, so a form is posted again over https");
        response.Headers.Location.Should().Be(new Uri($"https://muscleknotguide.example:8443{path}"));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("https")]
    public async Task A_foreign_host_is_refused_and_never_appears_in_a_location(string scheme)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/checkins");
        request.Headers.Host = "attacker.example";

        var response = await Visitor(scheme).SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Location.Should().BeNull();
    }

    [Fact]
    public async Task Plain_http_from_a_trusted_proxy_gets_the_page_rather_than_a_redirect_that_could_loop()
    {
        // A proxy that reached us over TLS without saying so would be sent round the same redirect for ever.
        var response = await app.CreateClientFrom("127.0.0.1", "http://muscleknotguide.example", ("X-Forwarded-For", "198.51.100.51"))
            .GetAsync(new Uri("/account/login", UriKind.Relative));

        await PlainHttpTests.ShouldBeTheHttpsPage(response);
    }

    [Fact]
    public async Task Https_through_the_proxy_is_served()
    {
        var response = await app.CreateClientFrom("127.0.0.1", "http://muscleknotguide.example", ("X-Forwarded-For", "198.51.100.52"), ("X-Forwarded-Proto", "https"))
            .GetAsync(new Uri("/account/login", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("__Host-mkg-antiforgery=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
