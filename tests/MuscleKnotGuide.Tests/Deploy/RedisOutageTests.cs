using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Caching;

namespace MuscleKnotGuide.Tests.Deploy;

/// <summary>
/// The shared page cache going away (README, "Several instances on PostgreSQL"): the built app in Production on
/// real Kestrel behind nginx over https, as deployed, with a throw-away redis-server that is stopped, frozen and
/// brought back under it. Losing Redis may cost speed, never a page, a save or a fresh figure. Skipped without
/// redis-server or nginx, failed on CI.
/// </summary>
public sealed partial class RedisOutageTests(ITestOutputHelper output)
{
    // Redis's timeout here is one second (CachingSetup), plus room for a loaded machine; its default of five
    // seconds a command would fail this. Each timed step is one request the app has served before.
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(4);

    private const string Logged = "[data-figure=logged] .figure";

    [Fact]
    public async Task When_Redis_stops_every_page_and_save_still_works_and_caching_resumes_when_it_is_back()
    {
        var redis = await RedisServer.StartAsync();
        await using var app = await App.StartAsync(redis);
        try
        {
            using var person = app.Client();
            using var visitor = app.Client();
            await person.RegisterAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            // Every step below once while Redis runs, so the timings after it stops are not the first run's JIT.
            await person.LogAndFollowAsync(today.AddDays(-1), ("Form.Pain", "3"));
            (await person.GetPageAsync("/insights")).QuerySelector(Logged).Text().Should().Be("1");
            (await visitor.GetPageAsync("/guides/stretching")).QuerySelector("h1").Should().NotBeNull();
            (await redis.CommandAsync("DBSIZE")).Should().MatchRegex(@"^:[1-9]\d*$", "pages are cached in Redis while it runs");

            var port = redis.Port;
            await redis.DisposeAsync();

            foreach (var path in new[] { "/guides/stretching", "/", "/guides/heat-therapy" })
            {
                await Timed(() => visitor.GetPageAsync(path), $"a visitor's {path} without Redis");
            }

            (await Timed(() => person.GetPageAsync("/insights"), "/insights without Redis")).QuerySelector(Logged).Text().Should().Be("1");
            await SaveAsync(person, today, "6", "a check-in saved without Redis");
            (await Timed(() => person.GetPageAsync("/checkins"), "/checkins without Redis")).QuerySelector("main").Text().Should().Contain("Pain 6/10");
            (await Timed(() => person.GetPageAsync("/insights"), "/insights after the save")).QuerySelector(Logged).Text().Should().Be("2", "the save is shown at once");

            redis = await RedisServer.StartAsync(port);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (await redis.CommandAsync("DBSIZE") == ":0" && DateTime.UtcNow < deadline)
            {
                (await visitor.GetPageAsync("/guides/stretching")).QuerySelector("h1").Should().NotBeNull();
                (await person.GetPageAsync("/insights")).QuerySelector(Logged).Text().Should().Be("2");
                await Task.Delay(250);
            }

            (await redis.CommandAsync("DBSIZE")).Should().MatchRegex(@"^:[1-9]\d*$", "pages are cached again once Redis is back");
            app.Process.Output.Should().NotMatchRegex(@"responded 5\d\d");
            Warnings(app.Process).Should().Be(1, "the outage is logged once, not on every request:\n{0}", app.Process.Output);
            app.Process.Output.Should().Contain("The shared page cache answers again");
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_save_made_while_Redis_is_frozen_is_not_hidden_by_a_page_cached_before_it()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var app = await App.StartAsync(redis);
        using var person = app.Client();
        await person.RegisterAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await person.LogAndFollowAsync(today.AddDays(-1), ("Form.Pain", "3"));
        for (var i = 0; i < 2; i++)
        {
            (await person.GetPageAsync("/insights")).QuerySelector(Logged).Text().Should().Be("1");
        }

        // Frozen, Redis keeps the insights page cached above, but cannot hear the save's eviction.
        await redis.PauseAsync();
        await SaveAsync(person, today, "8", "a check-in saved while Redis is frozen");
        (await Timed(() => person.GetPageAsync("/insights"), "/insights while Redis is frozen")).QuerySelector(Logged).Text().Should().Be("2");
        await redis.ResumeAsync();

        // Past the wait after a failure, so the instance reads from Redis again.
        await Task.Delay(FailSafeCacheStore.RetryAfter + TimeSpan.FromSeconds(1));
        for (var i = 0; i < 2; i++)
        {
            (await person.GetPageAsync("/insights")).QuerySelector(Logged).Text().Should().Be("2", $"request {i + 1} after Redis is back must not show the page cached before the save");
        }

        app.Process.Output.Should().NotMatchRegex(@"responded 5\d\d");
        app.Process.Output.Should().Contain("The shared page cache answers again");
    }

    // Only the POST is timed: the form is fetched first.
    private async Task SaveAsync(HttpClient person, DateOnly day, string pain, string what)
    {
        var form = await person.GetPageAsync($"/checkins/new?day={CheckInSteps.Iso(day)}");
        var response = await Timed(() => person.SubmitAsync(form, CheckInSteps.Form, ("Form.Pain", pain)), what);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, what);
    }

    private async Task<T> Timed<T>(Func<Task<T>> request, string what)
    {
        var timer = Stopwatch.StartNew();
        var result = await request();
        output.WriteLine($"{what}: {timer.ElapsedMilliseconds} ms");
        timer.Elapsed.Should().BeLessThan(Quick, what);
        return result;
    }

    private static int Warnings(AppProcess app) => OutageWarning().Count(app.Output);

    [GeneratedRegex("The shared page cache does not answer")]
    private static partial Regex OutageWarning();

    /// <summary>The app in Production on SQLite with Redis as its page cache, reached through nginx over https.</summary>
    private sealed class App : IAsyncDisposable
    {
        private readonly string _database;
        private NginxServer? _nginx;

        private App(AppProcess process, string database)
        {
            Process = process;
            _database = database;
        }

        public AppProcess Process { get; }

        public static async Task<App> StartAsync(RedisServer redis)
        {
            var database = Path.Combine(Path.GetTempPath(), $"mkg-redis-outage-{Guid.NewGuid():N}.db");
            var process = AppProcess.Start(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Default"] = $"Data Source={database}",
                ["ConnectionStrings__Redis"] = redis.ConnectionString,
                ["Content__Path"] = TempContent.RepoFolder,
            });
            var app = new App(process, database);
            try
            {
                // Over plain http from loopback every page is refused; the health check is the one meant for probes.
                await process.WaitUntilReadyAsync(TimeSpan.FromSeconds(90), "/health");
                app._nginx = await NginxServer.StartAsync([process.BaseAddress]);
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }

            return app;
        }

        public HttpClient Client() => _nginx!.Certificate.CreateClient(_nginx.HttpsAddress);

        public async ValueTask DisposeAsync()
        {
            if (_nginx is not null)
            {
                await _nginx.DisposeAsync();
            }

            await Process.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_database + suffix);
            }
        }
    }
}
