using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

public sealed class SecurityHeadersTests(SecurityHeadersTests.Fixture app) : IClassFixture<SecurityHeadersTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    public static TheoryData<string> Responses => new() { "/", "/guides/stretching", "/account/login", "/account/register", "/no-such-page", "/health", "/css/site.css" };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_strict_content_security_policy(string url)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        var directives = Csp(response);
        directives.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["default-src"] = "'self'",
            ["script-src"] = "'self'",
            ["style-src"] = "'self'",
            ["img-src"] = "'self' data:",
            ["object-src"] = "'none'",
            ["base-uri"] = "'none'",
            ["frame-ancestors"] = "'none'",
            ["form-action"] = "'self'",
        });
        response.Headers.GetValues("Content-Security-Policy").Single().Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval");
    }

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_forbids_sniffing_framing_referrers_and_device_features(string url)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
        Header(response, "X-Frame-Options").Should().Be("DENY");
        Header(response, "Referrer-Policy").Should().Be("no-referrer");
        var permissions = Header(response, "Permissions-Policy").Split(", ");
        permissions.Should().Contain(["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]);
        response.Headers.Contains("Server").Should().BeFalse("the server software is nobody's business");
    }

    [Fact]
    public async Task Headers_are_also_on_the_friendly_error_pages_of_a_post()
    {
        var client = app.CreateClient();
        using var content = new FormUrlEncodedContent([new("Form.Email", "a@b.test")]);
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a post without the antiforgery token is refused");
        Csp(response).Should().ContainKey("script-src");
    }

    [Fact]
    public async Task Https_is_not_forced_in_the_testing_environment_so_the_suites_run_over_http()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    public static TheoryData<string> PagesToScan => new()
    {
        "/", "/guides/overview", "/guides/stretching", "/guides/when-to-seek-care", "/account/login", "/account/register", "/account/deleted",
    };

    [Theory]
    [MemberData(nameof(PagesToScan))]
    public async Task Public_pages_hold_nothing_the_policy_would_block(string url)
    {
        var page = await app.CreateClient().GetPageAsync(url);

        InlineCode(page).Should().BeEmpty();
    }

    [Fact]
    public async Task The_data_pages_hold_nothing_the_policy_would_block()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        foreach (var url in new[] { "/account/data", "/account/data/delete" })
        {
            InlineCode(await client.GetPageAsync(url)).Should().BeEmpty(url);
        }
    }

    /// <summary>Inline scripts, event handler attributes, style elements and style attributes: all blocked by the CSP.</summary>
    private static IEnumerable<string> InlineCode(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("script:not([src]), style").Select(e => e.OuterHtml)
            .Concat(page.All.SelectMany(e => e.Attributes)
                .Where(a => a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal) || a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{a.Name}=\"{a.Value}\""));

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private static Dictionary<string, string> Csp(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
}
