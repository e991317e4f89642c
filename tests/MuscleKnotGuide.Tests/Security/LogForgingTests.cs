using System.Net;
using System.Text.Json;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>
/// A visitor cannot write a line of their own into the app's log: the built app in Production on real Kestrel is
/// asked for an address holding CR LF and a fake log line, and its console output is read back.
/// </summary>
public sealed class LogForgingTests
{
    // What the outside test sent: a 404 whose path ends the line and starts a forged one.
    private const string ForgedPath = "/guides/a%0D%0A[01:00:00%20INF]%20HTTP%20GET%20/forged%20responded%20200";

    private const string JsonFormatter = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact";

    [Fact]
    public async Task A_path_with_a_line_break_stays_on_the_one_line_of_its_request()
    {
        var output = await OutputAfterForgingAsync(new Dictionary<string, string>());

        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var forged = lines.Where(l => l.Contains("/forged", StringComparison.Ordinal)).ToList();
        forged.Should().ContainSingle("the request is logged once, on one line");
        forged[0].Should().Contain(@"HTTP GET /guides/a\r\n[01:00:00 INF] HTTP GET /forged responded 200 responded 404");
        lines.Should().NotContain(l => l.StartsWith("[01:00:00 INF]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_json_formatter_every_line_is_one_json_event_and_the_path_is_a_value_in_it()
    {
        var output = await OutputAfterForgingAsync(new Dictionary<string, string>
        {
            ["Serilog__WriteTo__0__Name"] = "Console",
            ["Serilog__WriteTo__0__Args__formatter"] = JsonFormatter,
        });

        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        lines.Should().NotBeEmpty();
        var events = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        events.Should().OnlyContain(e => e.ValueKind == JsonValueKind.Object && e.EnumerateObject().Any(p => p.Name == "@t"));
        var requests = events.Where(e => e.EnumerateObject().Any(p => p.Name == "RequestPath")
            && e.GetProperty("RequestPath").GetString()!.Contains("/forged", StringComparison.Ordinal)).ToList();
        requests.Should().ContainSingle();
        requests[0].GetProperty("StatusCode").GetInt32().Should().Be(404);
    }

    private static async Task<string> OutputAfterForgingAsync(Dictionary<string, string> environment)
    {
        var database = Path.Combine(Path.GetTempPath(), $"mkg-logs-{Guid.NewGuid():N}.db");
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Plain http on loopback, as behind a TLS-terminating proxy; everything else as deployed.
        environment["Security__RequireHttps"] = "false";
        environment["ConnectionStrings__Default"] = $"Data Source={database}";
        try
        {
            await using var app = AppProcess.Start(environment);
            await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            using var client = new HttpClient { BaseAddress = app.BaseAddress };

            var response = await client.GetAsync(new Uri(ForgedPath, UriKind.Relative));

            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            // The console sink writes on its own time: wait for the request's line.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!app.Output.Contains("forged", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            app.Output.Should().Contain("forged", "the request was logged");
            return app.Output;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}
