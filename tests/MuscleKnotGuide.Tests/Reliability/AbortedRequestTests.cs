using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>
/// A person who closes the tab mid-request is not a server error: the built app in Production on real Kestrel,
/// with its JSON log on the console, is sent half a form by a client that then resets the connection.
/// </summary>
public sealed class AbortedRequestTests
{
    private const string JsonFormatter = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact";

    [Fact]
    public async Task A_client_that_disconnects_mid_request_is_logged_once_as_499_aborted_below_error_and_without_the_form()
    {
        var database = Path.Combine(Path.GetTempPath(), $"mkg-aborted-{Guid.NewGuid():N}.db");
        var marker = $"SECRET{Guid.NewGuid():N}";
        try
        {
            await using var app = AppProcess.Start(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Security__RequireHttps"] = "false",
                ["ConnectionStrings__Default"] = $"Data Source={database}",
                ["Serilog__WriteTo__0__Name"] = "Console",
                ["Serilog__WriteTo__0__Args__formatter"] = JsonFormatter,
            });
            await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

            // Headers and the start of a form that says it is longer: the app waits in its form read until the reset.
            using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
            {
                await socket.ConnectAsync(IPAddress.Loopback, app.BaseAddress.Port);
                var request = "POST /account/login HTTP/1.1\r\n"
                    + $"Host: 127.0.0.1:{app.BaseAddress.Port}\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 4000\r\n\r\n"
                    + $"Input.Email=someone%40example.com&Input.Password={marker}";
                await socket.SendAsync(Encoding.ASCII.GetBytes(request));
                await Task.Delay(TimeSpan.FromSeconds(2));
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }

            var aborted = await RequestEventAsync(app, "/account/login");

            aborted.GetProperty("StatusCode").GetInt32().Should().Be(499, "nginx's code for a client that closed the request");
            aborted.GetProperty("Aborted").GetBoolean().Should().BeTrue();
            LevelOf(aborted).Should().Be("Information", "like every finished request");
            aborted.TryGetProperty("@x", out _).Should().BeFalse("a closed connection is not an error with a stack trace");
            var events = Events(app.Output);
            events.Where(e => PathOf(e) == "/account/login").Should().ContainSingle();
            events.Select(LevelOf).Should().NotContain(["Error", "Fatal"]);
            events.Where(e => PathOf(e) == "/")
                .Should().NotBeEmpty().And.OnlyContain(e => e.GetProperty("StatusCode").GetInt32() == 200 && !IsAborted(e),
                    "a request that finished is never marked aborted");
            app.Output.Should().NotContain(marker, "nothing a person typed reaches the log");
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

    // The console sink writes on its own time: wait up to 15 s for the request's line.
    private static async Task<JsonElement> RequestEventAsync(AppProcess app, string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = Events(app.Output).Where(e => PathOf(e) == path).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                found.Should().NotBeEmpty($"the aborted request is logged; the app printed:\n{app.Output}");
                return found[0];
            }

            await Task.Delay(100);
        }
    }

    private static string? PathOf(JsonElement e) => e.TryGetProperty("RequestPath", out var path) ? path.GetString() : null;

    // Compact JSON leaves out "@l" for Information.
    private static string LevelOf(JsonElement e) => e.TryGetProperty("@l", out var level) ? level.GetString()! : "Information";

    private static bool IsAborted(JsonElement e) => e.TryGetProperty("Aborted", out _);

    private static List<JsonElement> Events(string output) =>
        output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
}
