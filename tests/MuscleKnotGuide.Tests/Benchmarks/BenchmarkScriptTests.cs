using System.Diagnostics;
using System.Text.Json;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Benchmarks;

/// <summary>CI does not benchmark, but runs the benchmark on a tiny setting so the script never rots.</summary>
public sealed class BenchmarkScriptTests : IDisposable
{
    private static readonly string Script = Path.Combine(AppProcess.RepoRoot, "tests", "MuscleKnotGuide.Benchmarks", "run.sh");

    private readonly DirectoryInfo _results = Directory.CreateTempSubdirectory("mkg-bench-test-");

    [Fact]
    public async Task The_benchmark_runs_end_to_end_and_reports_every_scenario()
    {
        SkipUnlessToolsCanRun();
        var log = Path.Combine(_results.FullName, "run.log");
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        // Output goes to a file, not a pipe, so nothing the script starts can hold the test open.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" >\"$1\" 2>&1");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(log);
        start.Environment["BENCH_DURATION"] = "1";
        start.Environment["BENCH_WARMUP"] = "0";
        start.Environment["BENCH_STARTS"] = "1";
        start.Environment["BENCH_WRITERS"] = "5";
        start.Environment["BENCH_CONNECTIONS"] = "4";
        start.Environment["BENCH_DISTINCT_URLS"] = "20";
        start.Environment["BENCH_EXPORTS"] = "1";
        start.Environment["BENCH_RESULTS_DIR"] = _results.FullName;

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // It publishes the app as it ships (the runtime and the app precompiled into one composite image: about
        // 3 minutes on a quiet 2-core machine) while the browser tests and the real-server tests run beside it.
        timeout.CancelAfter(TimeSpan.FromMinutes(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("run.sh took more than 30 minutes:\n" + File.ReadAllText(log));
        }

        var output = File.ReadAllText(log);
        process.ExitCode.Should().Be(0, output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_results.FullName, "latest.json")));
        var scenarios = json.RootElement.GetProperty("scenarios");
        foreach (var name in new[] { "nginx", "guide_anonymous", "cold_start", "peak_memory" })
        {
            Status(scenarios, name).Should().Be("ran", name);
        }

        foreach (var name in new[] { "guide_signed_in", "insights_cached", "insights_uncached", "checkins", "report", "export", "checkin_writes" })
        {
            Status(scenarios, name).Should().BeOneOf(["ran", "SKIPPED (page not found)"], name);
        }

        // Two instances on PostgreSQL: run wherever PostgreSQL is installed, as on CI.
        Status(scenarios, "checkin_writes_postgres").Should().BeOneOf(
            Environment.GetEnvironmentVariable("CI") == "true" ? ["ran"] : ["ran", "SKIPPED (PostgreSQL not installed)"]);
        var guide = scenarios.GetProperty("guide_anonymous");
        guide.GetProperty("result").GetProperty("requests").GetInt32().Should().BePositive();
        guide.GetProperty("result").GetProperty("non_2xx_3xx").GetInt32().Should().Be(0);
        guide.GetProperty("ratio_to_nginx").GetDouble().Should().BePositive();
        scenarios.GetProperty("nginx").GetProperty("result").GetProperty("non_2xx_3xx").GetInt32().Should().Be(0);
        // The SQLite app's high-water mark after each of its phases: never falling, and never above the reported peak.
        var memory = scenarios.GetProperty("peak_memory");
        var afterPhases = memory.GetProperty("sqlite_app_after").EnumerateObject().Select(phase => (phase.Name, Mb: phase.Value.GetDouble())).ToArray();
        afterPhases.Select(phase => phase.Name).Should().StartWith(["guide_anonymous", "guide_signed_in", "insights_cached", "checkins", "report", "health"])
            .And.Contain(["distinct_insights_urls", "checkin_writes"]);
        afterPhases.Select(phase => phase.Mb).Should().BeInAscendingOrder().And.OnlyContain(mb => mb > 0 && mb <= memory.GetProperty("vmhwm_mb").GetDouble());
        File.ReadAllText(Path.Combine(_results.FullName, "latest.txt")).Should().Contain("cold start").And.Contain("peak memory").And.Contain("ratio to nginx");
    }

    public void Dispose() => _results.Delete(recursive: true);

    private static string? Status(JsonElement scenarios, string name) => scenarios.GetProperty(name).GetProperty("status").GetString();

    private static void SkipUnlessToolsCanRun()
    {
        bool OnPath(string program) => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
        var present = OnPath("wrk") && (OnPath("nginx") || File.Exists("/usr/sbin/nginx"));
        var canInstall = Environment.UserName == "root";
        if (!present && !canInstall && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Assert.Skip("wrk or nginx is not installed and cannot be installed without root: apt-get install wrk nginx to run the benchmark test.");
        }
    }
}
