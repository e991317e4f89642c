using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>The production set-up: HTTPS required, so cookies are Secure with the __Host- prefix and HSTS is sent.</summary>
public sealed class HttpsCookieTests(HttpsCookieTests.Fixture app) : IClassFixture<HttpsCookieTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        // In production Kestrel's HTTPS endpoint tells the redirect its port; TestServer has none. The redirect
        // also needs AllowedHosts to name the site, so that a forged Host never ends up in its Location.
        public Fixture() => With("Security:RequireHttps", "true").With("https_port", "443").With("AllowedHosts", "localhost;muscleknotguide.example");
    }

    // HSTS is never sent to localhost (a developer's other local sites would be forced to HTTPS), so a real name here.
    private HttpClient HttpsClient(string host = "localhost") => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"https://{host}"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    [Fact]
    public async Task Signing_in_sets_a_host_only_secure_http_only_lax_cookie()
    {
        var client = HttpsClient();
        var email = await client.RegisterAsync();
        await client.SignOutAsync();

        var response = await client.SignInAsync(email);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookie = SetCookie(response, "__Host-mkg-auth");
        cookie.Should().NotBeNull("the sign-in cookie carries the __Host- prefix over HTTPS");
        Attributes(cookie!).Should().Contain(["secure", "httponly", "samesite=lax", "path=/"]);
        Attributes(cookie!).Should().NotContain(a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_also_host_only_and_secure()
    {
        var response = await HttpsClient().GetAsync(new Uri("/account/login", UriKind.Relative));

        var cookie = SetCookie(response, "__Host-mkg-antiforgery");
        cookie.Should().NotBeNull();
        Attributes(cookie!).Should().Contain(["secure", "httponly", "path=/"]);
    }

    [Fact]
    public async Task Https_responses_carry_hsts()
    {
        var response = await HttpsClient("muscleknotguide.example").GetAsync(new Uri("/", UriKind.Relative));

        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/guides/stretching", UriKind.Relative));

        ((int)response.StatusCode).Should().BeOneOf(307, 308);
        response.Headers.Location!.Scheme.Should().Be("https");
    }

    private static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;

    private static string[] Attributes(string cookie) =>
        cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToArray();
}
