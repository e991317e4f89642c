using System.Net;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Reliability;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>
/// Issue 17: every sign-in starts a new session key. A copy of an older sign-in cookie must never come back to
/// life because the same browser signed in again. Over real HTTP, against the built app on Kestrel.
/// </summary>
public sealed class SignInKeyTests
{
    [Fact]
    public async Task A_cookie_ended_elsewhere_stays_ended_when_the_same_browser_signs_in_again()
    {
        await using var server = await RealServer.StartAsync();
        var (phone, phoneCookies) = Browser(server);
        var email = await phone.RegisterAsync();
        var copied = AuthCookie(phoneCookies, server);
        var (laptop, _) = Browser(server);
        (await laptop.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var account = await laptop.GetPageAsync("/account");
        (await laptop.SubmitAsync(account, "#sessions-form")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await phone.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        AuthCookie(phoneCookies, server).Should().NotBe(copied, "signing in again must issue a new key");
        await ShouldBeRefusedAsync(server, copied);
        (await phone.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_in_over_a_live_sign_in_is_refused_so_the_old_key_never_carries_into_a_new_sign_in()
    {
        await using var server = await RealServer.StartAsync();
        var (browser, cookies) = Browser(server);
        var first = await browser.RegisterAsync();
        await browser.SignOutAsync();
        var second = await browser.RegisterAsync();
        var copied = AuthCookie(cookies, server);

        var login = await browser.GetPageAsync("/account/login");
        login.QuerySelector("form.form").Should().BeNull("a signed-in person is asked to sign out first");
        login.QuerySelector(".flash")!.TextContent.Should().Contain(second).And.Contain("sign out first");
        var refused = await browser.PostWithTokenAsync("/account/login", ("Form.Email", first), ("Form.Password", Accounts.Password));
        refused.StatusCode.Should().Be(HttpStatusCode.OK, "the sign-in page answers with its notice and signs nobody in");
        (await browser.PostWithTokenAsync("/account/register", ("Form.Email", "third@example.test"), ("Form.Password", Accounts.Password),
            ("Form.ConfirmPassword", Accounts.Password), ("Form.TimeZone", "UTC"))).StatusCode.Should().Be(HttpStatusCode.OK);
        AuthCookie(cookies, server).Should().Be(copied, "nothing was signed in");

        await browser.SignOutAsync();
        (await browser.SignInAsync(first)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        AuthCookie(cookies, server).Should().NotBe(copied);
        await ShouldBeRefusedAsync(server, copied);
        (await browser.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static (HttpClient Client, CookieContainer Cookies) Browser(RealServer server)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = server.App.BaseAddress,
        };
        return (client, cookies);
    }

    private static string AuthCookie(CookieContainer cookies, RealServer server)
    {
        var cookie = cookies.GetCookies(server.App.BaseAddress).Single(c => c.Name.EndsWith("mkg-auth", StringComparison.Ordinal));
        return $"{cookie.Name}={cookie.Value}";
    }

    private static async Task ShouldBeRefusedAsync(RealServer server, string cookie)
    {
        using var attacker = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = server.App.BaseAddress,
        };
        using var page = new HttpRequestMessage(HttpMethod.Get, "/account/data");
        page.Headers.Add("Cookie", cookie);
        var read = await attacker.SendAsync(page);
        read.StatusCode.Should().Be(HttpStatusCode.Redirect, "an ended key must not read anything");
        read.Headers.Location!.OriginalString.Should().StartWith("/account/login");

        using var write = new HttpRequestMessage(HttpMethod.Post, "/checkins/new") { Content = new FormUrlEncodedContent([new("Form.PainLevel", "3")]) };
        write.Headers.Add("Cookie", cookie);
        var written = await attacker.SendAsync(write);
        written.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        if (written.StatusCode == HttpStatusCode.Redirect)
        {
            written.Headers.Location!.OriginalString.Should().StartWith("/account/login");
        }
    }
}
