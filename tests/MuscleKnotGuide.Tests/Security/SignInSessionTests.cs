using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>Server-side sessions (issue 17, item 1): ending a session takes effect on its very next request.</summary>
public sealed class SignInSessionTests(SignInSessionTests.Fixture app) : IClassFixture<SignInSessionTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private const string ChromeOnLinux = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private const string SafariOnIPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_at_once_and_keeps_this_one()
    {
        var (phone, laptop, email) = await TwoDevicesAsync();

        var account = await laptop.GetPageAsync("/account");
        var changed = await laptop.SubmitAsync(account, "#password-form",
            ("Password.CurrentPassword", Accounts.Password), ("Password.NewPassword", "a brand new passphrase"), ("Password.ConfirmPassword", "a brand new passphrase"));
        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);

        await ShouldBeSignedOutAsync(phone);
        (await laptop.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SessionCountAsync(email)).Should().Be(1);
    }

    [Fact]
    public async Task Deleting_the_account_ends_every_session_at_once()
    {
        var (phone, laptop, email) = await TwoDevicesAsync();
        var userId = await UserIdAsync(email);

        var delete = await laptop.GetPageAsync("/account/data/delete");
        (await laptop.SubmitAsync(delete, "form.form", ("Password", Accounts.Password))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await ShouldBeSignedOutAsync(phone);
        await ShouldBeSignedOutAsync(laptop);
        (await WithDbAsync(db => db.SignInSessions.CountAsync(s => s.UserId == userId))).Should().Be(0);
    }

    [Fact]
    public async Task Signing_out_removes_the_session_row_and_the_cookie_no_longer_works()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        (await SessionCountAsync(email)).Should().Be(1);

        await client.SignOutAsync();

        (await SessionCountAsync(email)).Should().Be(0);
        await ShouldBeSignedOutAsync(client);
    }

    [Fact]
    public async Task The_account_page_lists_each_session_with_its_device_and_marks_this_one()
    {
        var (_, laptop, _) = await TwoDevicesAsync();

        var page = await laptop.GetPageAsync("/account");

        var sessions = page.QuerySelectorAll("ul.sessions li").Select(li => li.Text()).ToList();
        sessions.Should().HaveCount(2);
        sessions[0].Should().Contain("Chrome on Linux").And.Contain("(this device)").And.Contain("Last seen in the last few minutes");
        sessions[1].Should().Contain("Safari on iOS").And.NotContain("this device");
        page.QuerySelector("#sessions-form button")!.Text().Should().Be("Sign out everywhere else");
    }

    [Fact]
    public async Task Sign_out_everywhere_else_ends_the_other_sessions_and_keeps_this_one()
    {
        var (phone, laptop, email) = await TwoDevicesAsync();

        var page = await laptop.GetPageAsync("/account");
        var response = await laptop.SubmitAsync(page, "#sessions-form");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ShouldBeSignedOutAsync(phone);
        var after = await laptop.GetPageAsync("/account");
        after.QuerySelector(".flash")!.Text().Should().Be("Signed out 1 other session.");
        after.QuerySelectorAll("ul.sessions li").Should().ContainSingle();
        after.QuerySelector("#sessions-form").Should().BeNull("there is nothing else to sign out");
        (await SessionCountAsync(email)).Should().Be(1);
    }

    [Fact]
    public async Task Sign_out_everywhere_else_without_the_antiforgery_token_is_refused()
    {
        var (phone, laptop, _) = await TwoDevicesAsync();

        using var content = new FormUrlEncodedContent([]);
        var response = await laptop.PostAsync(new Uri("/account?handler=SignOutOthers", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await phone.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Last_seen_is_written_at_most_once_a_minute()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var userId = await UserIdAsync(email);
        var first = await WithDbAsync(db => db.SignInSessions.Where(s => s.UserId == userId).Select(s => s.LastSeenUtc).SingleAsync());

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await client.GetAsync(new Uri("/account/data", UriKind.Relative));
        (await WithDbAsync(db => db.SignInSessions.Where(s => s.UserId == userId).Select(s => s.LastSeenUtc).SingleAsync())).Should().Be(first);

        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await client.GetAsync(new Uri("/account/data", UriKind.Relative));
        (await WithDbAsync(db => db.SignInSessions.Where(s => s.UserId == userId).Select(s => s.LastSeenUtc).SingleAsync())).Should().BeAfter(first);
    }

    [Fact]
    public async Task Expired_sessions_are_removed_when_the_next_session_is_written()
    {
        await using var own = new AppFactory();
        var old = own.CreateBrowserClient();
        var oldEmail = await old.RegisterAsync();

        own.Clock.Advance(TimeSpan.FromDays(15));
        await own.CreateBrowserClient().RegisterAsync();

        await using var scope = own.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        var oldUser = await db.Users.SingleAsync(u => u.Email == oldEmail);
        (await db.SignInSessions.CountAsync(s => s.UserId == oldUser.Id)).Should().Be(0);
        (await db.SignInSessions.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Renewing_a_session_that_ended_meanwhile_does_not_bring_it_back()
    {
        var email = await app.CreateBrowserClient().RegisterAsync();
        var userId = await UserIdAsync(email);
        var store = app.Services.GetRequiredService<SignInSessionStore>();
        var key = await WithDbAsync(db => db.SignInSessions.Where(s => s.UserId == userId).Select(s => s.Key).SingleAsync());
        var ticket = await store.RetrieveAsync(key);

        await store.RemoveAsync(key);
        await store.RenewAsync(key, ticket!);

        (await store.RetrieveAsync(key)).Should().BeNull("a sliding renewal racing a sign-out must not undo it");
        (await SessionCountAsync(email)).Should().Be(0);
    }

    [Theory]
    [InlineData(ChromeOnLinux, "Chrome on Linux")]
    [InlineData(SafariOnIPhone, "Safari on iOS")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:132.0) Gecko/20100101 Firefox/132.0", "Firefox on macOS")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome on Android")]
    [InlineData("curl/8.5.0", "A browser")]
    [InlineData(null, "A browser")]
    public void A_device_is_named_by_browser_and_system_only(string? userAgent, string expected) =>
        DeviceSummary.From(userAgent).Should().Be(expected);

    [Theory]
    [InlineData(3, "in the last few minutes")]
    [InlineData(45, "within the last hour")]
    [InlineData(90, "about an hour ago")]
    [InlineData(5 * 60, "about 5 hours ago")]
    [InlineData(30 * 60, "yesterday")]
    [InlineData(5 * 24 * 60, "5 days ago")]
    public void Last_seen_is_described_approximately(int minutesAgo, string expected)
    {
        var now = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
        SessionLastSeen.Describe(now.UtcDateTime.AddMinutes(-minutesAgo), now).Should().Be(expected);
    }

    private async Task<(HttpClient Phone, HttpClient Laptop, string Email)> TwoDevicesAsync()
    {
        var phone = app.CreateBrowserClient();
        phone.DefaultRequestHeaders.UserAgent.ParseAdd(SafariOnIPhone);
        var laptop = app.CreateBrowserClient();
        laptop.DefaultRequestHeaders.UserAgent.ParseAdd(ChromeOnLinux);
        var email = await phone.RegisterAsync();
        (await laptop.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await phone.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        return (phone, laptop, email);
    }

    private static async Task ShouldBeSignedOutAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/account/data", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePathOrSelf().Should().Be("/account/login");
    }

    private async Task<string> UserIdAsync(string email) =>
        await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<int> SessionCountAsync(string email)
    {
        var userId = await UserIdAsync(email);
        return await WithDbAsync(db => db.SignInSessions.CountAsync(s => s.UserId == userId));
    }

    private async Task<T> WithDbAsync<T>(Func<DiaryDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<DiaryDbContext>());
    }
}
