using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Reliability;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>Issue 17, item 1, as the outside test found it: over real HTTP, against the built app on Kestrel.</summary>
public sealed class SignOutReplayTests
{
    [Fact]
    public async Task A_sign_in_cookie_replayed_after_signing_out_is_sent_to_sign_in_on_the_very_next_request()
    {
        await using var server = await RealServer.StartAsync();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = server.App.BaseAddress,
        };
        await browser.RegisterAsync();
        var authCookie = cookies.GetCookies(server.App.BaseAddress).Single(c => c.Name.EndsWith("mkg-auth", StringComparison.Ordinal));
        var copied = $"{authCookie.Name}={authCookie.Value}";
        using var attacker = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = server.App.BaseAddress,
        };
        (await GetWithCookieAsync(attacker, copied)).StatusCode.Should().Be(HttpStatusCode.OK, "the copied cookie works while signed in");

        await browser.SignOutAsync();

        var replayed = await GetWithCookieAsync(attacker, copied);
        replayed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        replayed.Headers.Location!.OriginalString.Should().StartWith("/account/login");
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/data");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
