using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Deploy;

/// <summary>
/// The README's "Several instances on PostgreSQL": two app processes in Production on one throw-away PostgreSQL
/// database (with and without a shared Redis output cache), behind nginx (round robin, TLS with a certificate made
/// here). Requests from one client alternate between the instances, so each step is served by both. Loopback only;
/// skipped without the servers, failed on CI.
/// </summary>
public sealed partial class TwoInstancesTests(ITestOutputHelper output)
{
    public const string CreateRole = "CREATE ROLE muscleknotguide LOGIN PASSWORD 'change-me'";

    public const string CreateDatabase = "CREATE DATABASE muscleknotguide_app OWNER muscleknotguide";

    // Sign-out changes the person's security stamp; other sessions notice at their next check, this often.
    private static readonly TimeSpan SessionCheckInterval = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task What_one_instance_saves_the_other_shows_on_the_next_request_and_sign_out_ends_the_session_on_both(bool withRedis)
    {
        var timer = Stopwatch.StartNew();
        await using var site = await Site.StartAsync(withRedis);
        using var phone = site.Nginx.Certificate.CreateClient(site.Nginx.HttpsAddress, IPAddress.Parse("127.0.0.2"));
        using var computer = site.Nginx.Certificate.CreateClient(site.Nginx.HttpsAddress, IPAddress.Parse("127.0.0.3"));

        var email = await phone.RegisterAsync();
        (await computer.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // Both instances render the empty diary first (round robin: two requests in a row reach both), so a page
        // cached by either would now be stale.
        for (var i = 0; i < 2; i++)
        {
            (await computer.GetPageAsync("/insights")).QuerySelector(".insights-empty").Should().NotBeNull();
        }

        for (var i = 0; i < 2; i++)
        {
            (await computer.GetPageAsync("/checkins")).QuerySelector("main").Text().Should().NotContain("Pain 6/10");
        }

        await phone.LogAndFollowAsync(null, ("Form.Pain", "6"), ("Form.Notes", "after the long drive"));

        // Every next request, whichever instance answers it, shows the check-in.
        for (var i = 0; i < 2; i++)
        {
            (await computer.GetPageAsync("/checkins")).QuerySelector("main").Text().Should().Contain("Pain 6/10", $"request {i + 1} after the save");
        }

        for (var i = 0; i < 2; i++)
        {
            var insights = await computer.GetPageAsync("/insights");
            insights.QuerySelector(".insights-empty").Should().BeNull($"request {i + 1} after the save");
            insights.QuerySelector(".summary-grid").Should().NotBeNull($"request {i + 1} after the save");
        }

        foreach (var path in new[] { "/insights", "/checkins" })
        {
            // Each instance logs a request as its response completes, which can be just after the client has it.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while ((RequestsTo(site.First, path) < 2 || RequestsTo(site.Second, path) < 2) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            RequestsTo(site.First, path).Should().BeGreaterThanOrEqualTo(2, $"nginx sent every other {path} request to the first instance");
            RequestsTo(site.Second, path).Should().BeGreaterThanOrEqualTo(2, $"nginx sent every other {path} request to the second instance");
        }

        // Sessions are kept in the shared database: "sign out everywhere else" on the phone ends the computer's
        // session on both instances at the very next request, and the phone's own sign-out ends its session too.
        (await phone.SubmitAsync(await phone.GetPageAsync("/account"), "#sessions-form")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ShouldRedirectToSignInAsync(computer, "after the phone signed out everywhere else");
        await phone.SignOutAsync();
        await ShouldRedirectToSignInAsync(phone, "after signing out");

        site.First.Output.Should().NotMatchRegex(@"responded 5\d\d");
        site.Second.Output.Should().NotMatchRegex(@"responded 5\d\d");
        if (site.Redis is not null)
        {
            // The pages really were cached in the shared store.
            var keys = await site.Redis.CommandAsync("DBSIZE");
            keys.Should().MatchRegex(@"^:[1-9]\d*$", "the guide and insights pages are stored in Redis");
        }

        output.WriteLine($"two instances on PostgreSQL behind nginx (Redis: {withRedis}): {timer.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Two requests in a row, so nginx's round robin sends one to each instance.</summary>
    private static async Task ShouldRedirectToSignInAsync(HttpClient client, string because)
    {
        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetAsync(new Uri("/checkins", UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"request {i + 1} {because}");
            response.Headers.Location!.OriginalString.Should().StartWith("/account/login");
        }
    }

    [Fact]
    public async Task Concurrent_distinct_check_ins_through_both_instances_are_each_saved_once_with_no_5xx()
    {
        const int writers = 16;
        const int days = 12;
        await using var site = await Site.StartAsync(withRedis: true);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var people = new List<(HttpClient Client, string Token)>();
        for (var i = 0; i < writers; i++)
        {
            var client = site.Nginx.Certificate.CreateClient(site.Nginx.HttpsAddress);
            await client.RegisterAsync();
            var form = await client.GetPageAsync("/checkins/new");
            people.Add((client, form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        }

        // Every (person, day) once, all at the same moment, like the benchmark's scenario 3 (README, "Benchmark").
        var timer = Stopwatch.StartNew();
        var statuses = await Task.WhenAll(people.SelectMany(person => Enumerable.Range(0, days).Select(async day =>
        {
            using var content = new FormUrlEncodedContent([
                new("Form.Day", CheckInSteps.Iso(today.AddDays(-day))),
                new("Form.Time", "08:10"),
                new("Form.Pain", $"{day % 11}"),
                new("__RequestVerificationToken", person.Token)]);
            using var response = await person.Client.PostAsync(new Uri("/checkins/new", UriKind.Relative), content);
            return response.StatusCode;
        })));
        timer.Stop();

        var saved = statuses.Count(status => status == HttpStatusCode.Redirect);
        statuses.Should().NotContain(status => (int)status >= 500, "{0}\n{1}", Problems(site.First), Problems(site.Second));
        saved.Should().Be(writers * days, "every (person, day) is new, so every one is saved");
        (await site.CountCheckInsAsync()).Should().Be(saved, "rows added = successful answers");
        output.WriteLine($"two instances on PostgreSQL + Redis behind nginx: {saved} check-ins in {timer.Elapsed.TotalSeconds:0.00} s = {saved / timer.Elapsed.TotalSeconds:0} writes/s");
        foreach (var (client, _) in people)
        {
            client.Dispose();
        }
    }

    // The first lines of what an instance logged above Information, for a failure message.
    private static string Problems(AppProcess app) =>
        string.Join('\n', app.Output.Split('\n').Where(line => line.Contains("[ERR]", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal)).Take(15));

    private static int RequestsTo(AppProcess app, string path) =>
        RequestLine().Matches(app.Output).Count(match => match.Groups["path"].Value == path);

    [GeneratedRegex(@"GET (?<path>/[^\s?""]*)")]
    private static partial Regex RequestLine();

    /// <summary>PostgreSQL, two app processes started together on it (one applies the migrations), nginx in front.</summary>
    private sealed class Site : IAsyncDisposable
    {
        private readonly PostgresServer _database;
        private readonly string _connectionString;

        private Site(PostgresServer database, string connectionString, RedisServer? redis, AppProcess first, AppProcess second, NginxServer nginx)
        {
            _database = database;
            _connectionString = connectionString;
            Redis = redis;
            First = first;
            Second = second;
            Nginx = nginx;
        }

        public RedisServer? Redis { get; }

        public AppProcess First { get; }

        public AppProcess Second { get; }

        public NginxServer Nginx { get; }

        public static async Task<Site> StartAsync(bool withRedis)
        {
            var database = await PostgresServer.StartAsync();
            RedisServer? redis = null;
            AppProcess? first = null;
            AppProcess? second = null;
            try
            {
                // The README's statements: the app connects as a role that owns its database, not as a superuser.
                await database.PsqlAsync(CreateRole);
                await database.PsqlAsync(CreateDatabase);
                var connectionString = $"Host=127.0.0.1;Port={database.Port};Database=muscleknotguide_app;Username=muscleknotguide;Password=change-me";
                redis = withRedis ? await RedisServer.StartAsync() : null;
                first = Launch(connectionString, redis);
                second = Launch(connectionString, redis);
                // Over plain http from loopback every page is refused; /health/ready is the probe an orchestrator uses.
                await Task.WhenAll(
                    first.WaitUntilReadyAsync(TimeSpan.FromSeconds(120), "/health/ready"),
                    second.WaitUntilReadyAsync(TimeSpan.FromSeconds(120), "/health/ready"));
                var nginx = await NginxServer.StartAsync([first.BaseAddress, second.BaseAddress]);
                return new Site(database, connectionString, redis, first, second, nginx);
            }
            catch
            {
                await (first?.DisposeAsync() ?? ValueTask.CompletedTask);
                await (second?.DisposeAsync() ?? ValueTask.CompletedTask);
                await (redis?.DisposeAsync() ?? ValueTask.CompletedTask);
                Npgsql.NpgsqlConnection.ClearAllPools();
                await database.DisposeAsync();
                throw;
            }
        }

        public async Task<long> CountCheckInsAsync()
        {
            await using var connection = new Npgsql.NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM \"CheckIns\"", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        public async ValueTask DisposeAsync()
        {
            await Nginx.DisposeAsync();
            await First.DisposeAsync();
            await Second.DisposeAsync();
            await (Redis?.DisposeAsync() ?? ValueTask.CompletedTask);
            Npgsql.NpgsqlConnection.ClearAllPools();
            await _database.DisposeAsync();
        }

        private static AppProcess Launch(string connectionString, RedisServer? redis) => AppProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = redis?.ConnectionString ?? "",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Default"] = connectionString,
            ["Content__Path"] = TempContent.RepoFolder,
            ["Content__Watch"] = "true",
            ["Security__SessionCheckInterval"] = SessionCheckInterval.ToString(),
        });
    }
}
