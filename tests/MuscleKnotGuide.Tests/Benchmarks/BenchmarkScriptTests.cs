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
        SkipUnlessWrkCanRun();
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
        start.Environment["BENCH_RESULTS_DIR"] = _results.FullName;

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // It publishes the app (ReadyToRun) while the browser tests and the real-server tests run beside it on 2 cores.
        timeout.CancelAfter(TimeSpan.FromMinutes(15));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("run.sh took more than 15 minutes:\n" + File.ReadAllText(log));
        }

        var output = File.ReadAllText(log);
        process.ExitCode.Should().Be(0, output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_results.FullName, "latest.json")));
        var scenarios = json.RootElement.GetProperty("scenarios");
        Status(scenarios, "guide_vs_static").Should().Be("ran");
        Status(scenarios, "cold_start").Should().Be("ran");
        Status(scenarios, "peak_memory").Should().Be("ran");
        var reads = scenarios.GetProperty("signed_in_reads");
        Status(reads, "insights").Should().BeOneOf("ran", "SKIPPED (page not found)");
        Status(reads, "checkins").Should().BeOneOf("ran", "SKIPPED (page not found)");
        Status(scenarios, "checkin_writes").Should().BeOneOf("ran", "SKIPPED (page not found)");
        scenarios.GetProperty("guide_vs_static").GetProperty("guide").GetProperty("requests").GetInt32().Should().BePositive();
        scenarios.GetProperty("guide_vs_static").GetProperty("guide").GetProperty("non_2xx_3xx").GetInt32().Should().Be(0);
        File.ReadAllText(Path.Combine(_results.FullName, "latest.txt")).Should().Contain("4 cold start").And.Contain("5 peak memory");
    }

    public void Dispose() => _results.Delete(recursive: true);

    private static string? Status(JsonElement scenarios, string name) => scenarios.GetProperty(name).GetProperty("status").GetString();

    private static void SkipUnlessWrkCanRun()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")));
        var canInstall = Environment.UserName == "root";
        if (!onPath && !canInstall && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Assert.Skip("wrk is not installed and cannot be installed without root: apt-get install wrk to run the benchmark test.");
        }
    }
}
