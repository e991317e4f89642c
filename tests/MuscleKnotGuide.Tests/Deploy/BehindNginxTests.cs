using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Deploy;

/// <summary>
/// The README's deployment, for real: the built app in Production with its default settings (only the database,
/// the content and the address set) behind nginx terminating TLS with a certificate made here; loopback only.
/// </summary>
public sealed class BehindNginxTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_person_registers_logs_a_check_in_and_stays_signed_in_across_a_restart_through_https()
    {
        var timer = Stopwatch.StartNew();
        await using var site = await Site.StartAsync();
        using var browser = site.Nginx.Certificate.CreateClient(site.Nginx.HttpsAddress);

        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();
        var signedIn = await browser.SignInAsync(email);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookies = signedIn.Headers.GetValues("Set-Cookie").ToList();
        cookies.Should().Contain(c => c.StartsWith("__Host-mkg-auth=", StringComparison.Ordinal));
        cookies.Should().AllSatisfy(c => c.Should().StartWith("__Host-").And.ContainEquivalentOf("; secure"));
        signedIn.Headers.Location!.OriginalString.Should().StartWith("/", "a redirect never names a host");

        var history = await browser.LogAndFollowAsync(null, ("Form.Pain", "6"), ("Form.Notes", "after the drive"));
        history.QuerySelector("main").Text().Should().Contain("Pain 6/10");

        await site.RestartAppAsync();

        var after = await browser.GetAsync(new Uri("/checkins", UriKind.Relative));
        after.StatusCode.Should().Be(HttpStatusCode.OK, "the keys that signed the cookie came back from the database");
        (await Html.ParseAsync(after)).QuerySelector("main").Text().Should().Contain("Pain 6/10");
        (await site.KeyCountAsync()).Should().Be(1, "the restarted app used the stored key rather than making a new one");

        // The diary download as deployed: written to the response as it is serialised, whole through the proxy, never stored.
        var download = await browser.GetAsync(new Uri("/account/data/diary.json", UriKind.Relative));
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        download.Content.Headers.ContentDisposition!.FileName.Should().StartWith("muscleknotguide-diary-");
        download.Headers.CacheControl!.NoStore.Should().BeTrue();
        var diary = JsonNode.Parse(await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        diary["checkIns"]!.AsArray().Should().ContainSingle().Which!["notes"]!.GetValue<string>().Should().Be("after the drive");

        await browser.SignOutAsync();
        var signedOut = await browser.GetAsync(new Uri("/checkins", UriKind.Relative));
        signedOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.OriginalString.Should().StartWith("/account/login");

        // Issue 17 as deployed: a signed-out cookie replayed through https stays ended, the next sign-in gets a new
        // key, and signing in over that live sign-in is not offered (it would keep the key: SignInKeyTests).
        var ended = AuthCookie(cookies);
        var again = await browser.SignInAsync(email);
        AuthCookie(again.Headers.GetValues("Set-Cookie")).Should().NotBe(ended);
        using var replayer = site.Nginx.Certificate.CreateClient(site.Nginx.HttpsAddress);
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/checkins");
        replay.Headers.Add("Cookie", ended);
        var replayed = await replayer.SendAsync(replay);
        replayed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        replayed.Headers.Location!.OriginalString.Should().StartWith("/account/login");
        (await browser.GetPageAsync("/account/login")).QuerySelector("form.form").Should().BeNull();
        output.WriteLine($"nginx + app journey with a restart: {timer.Elapsed.TotalSeconds:0.0} s");
    }

    private static string AuthCookie(IEnumerable<string> setCookies) =>
        setCookies.Single(c => c.StartsWith("__Host-mkg-auth=", StringComparison.Ordinal)).Split(';')[0];

    [Fact]
    public async Task Behind_the_proxy_eleven_sign_in_tries_refuse_that_visitor_only()
    {
        await using var site = await Site.StartAsync();
        using var someoneElse = site.Nginx.Certificate.CreateClient(site.Nginx.HttpsAddress, IPAddress.Parse("127.0.0.3"));
        var email = await someoneElse.RegisterAsync();
        await someoneElse.SignOutAsync();

        using var guesser = site.Nginx.Certificate.CreateClient(site.Nginx.HttpsAddress, IPAddress.Parse("127.0.0.2"));
        var login = await guesser.GetPageAsync("/account/login");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 11; attempt++)
        {
            var response = await guesser.SubmitAsync(login, "form.form", ("Form.Email", email), ("Form.Password", $"guess number {attempt}"));
            statuses.Add(response.StatusCode);
        }

        statuses.Take(10).Should().AllSatisfy(status => status.Should().Be(HttpStatusCode.OK));
        statuses[10].Should().Be(HttpStatusCode.TooManyRequests);

        // The guesses also locked the account (5 wrong passwords), so the other visitor proves the limit with a new one.
        var other = await someoneElse.RegisterAsync();
        other.Should().NotBeNullOrEmpty("another visitor behind the same proxy is not limited");
    }

    [Fact]
    public async Task Plain_http_straight_to_the_app_gets_the_https_page_and_a_start_up_warning()
    {
        await using var site = await Site.StartAsync();
        using var direct = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site.App.BaseAddress };

        foreach (var path in new[] { "/", "/account/login", "/account/register", "/plan", "/checkins/new" })
        {
            await Security.PlainHttpTests.ShouldBeTheHttpsPage(await direct.GetAsync(new Uri(path, UriKind.Relative)));
        }

        using var form = new FormUrlEncodedContent([new("Form.Email", "someone@example.test"), new("Form.Password", "a password")]);
        await Security.PlainHttpTests.ShouldBeTheHttpsPage(await direct.PostAsync(new Uri("/account/login", UriKind.Relative), form));

        site.App.Output.Should().Contain("Security:RequireHttps is on").And.Contain("AllowedHosts");
        // The key ring is read once the database is migrated, never before (Security/KeyStorage.cs).
        site.App.Output.Should().NotContain("no such table").And.NotContain("key ring");
    }

    /// <summary>nginx in front of one app process over a temp SQLite file and the repo's content.</summary>
    [Fact]
    public async Task Through_https_a_visitors_print_link_is_never_stored_and_a_forged_log_line_stays_one_line()
    {
        await using var site = await Site.StartAsync();
        using var visitor = site.Nginx.Certificate.CreateClient(site.Nginx.HttpsAddress);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var print = await visitor.GetAsync(new Uri($"/plan/print?start={start}&days=14&m=stretching.10.0800&goal=Walk%20to%20the%20clinic", UriKind.Relative));
        print.StatusCode.Should().Be(HttpStatusCode.OK);
        print.Headers.CacheControl?.NoStore.Should().BeTrue("the goal is in the address, and the page shows it");
        print.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");

        await visitor.GetAsync(new Uri("/guides/a%0D%0A[01:00:00 INF] HTTP GET /forged responded 200", UriKind.Relative));
        for (var wait = 0; wait < 50 && !site.App.Output.Contains("forged", StringComparison.Ordinal); wait++)
        {
            await Task.Delay(100);
        }

        site.App.Output.Should().Contain(@"/guides/a\r\n[01:00:00 INF] HTTP GET /forged", "the request was logged, its control characters escaped")
            .And.NotContain("\n[01:00:00 INF] HTTP GET /forged");
    }

    private sealed class Site : IAsyncDisposable
    {
        private readonly string _databaseFile;
        private readonly int _port;

        private Site(string databaseFile, int port, AppProcess app, NginxServer nginx)
        {
            _databaseFile = databaseFile;
            _port = port;
            App = app;
            Nginx = nginx;
        }

        public AppProcess App { get; private set; }

        public NginxServer Nginx { get; }

        public static async Task<Site> StartAsync()
        {
            var folder = Path.Combine(Path.GetTempPath(), $"mkg-deploy-{Guid.NewGuid():N}");
            var databaseFile = Path.Combine(folder, "muscleknotguide.db");
            var port = AppProcess.FreePort();
            var app = await LaunchAsync(databaseFile, port);
            try
            {
                var nginx = await NginxServer.StartAsync([app.BaseAddress]);
                return new Site(databaseFile, port, app, nginx);
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }

        /// <summary>Stops the app (SIGKILL) and starts it again on the same database and port.</summary>
        public async Task RestartAppAsync()
        {
            await App.DisposeAsync();
            App = await LaunchAsync(_databaseFile, _port);
        }

        public async Task<long> KeyCountAsync()
        {
            await using var connection = new SqliteConnection($"Data Source={_databaseFile};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM DataProtectionKeys";
            return (long)(await command.ExecuteScalarAsync())!;
        }

        public async ValueTask DisposeAsync()
        {
            await Nginx.DisposeAsync();
            await App.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(_databaseFile)!, recursive: true);
        }

        private static async Task<AppProcess> LaunchAsync(string databaseFile, int port)
        {
            var app = AppProcess.Start(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Default"] = $"Data Source={databaseFile}",
                ["Content__Path"] = TempContent.RepoFolder,
                // Production's own limit, not the raised one the other real-server tests use.
                ["RateLimits__SignInPerMinute"] = "10",
                ["Content__Watch"] = "true",
            }, port);
            // Over plain http from loopback every page is refused; the health check is the one meant for probes.
            await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(90), "/health");
            return app;
        }
    }
}
