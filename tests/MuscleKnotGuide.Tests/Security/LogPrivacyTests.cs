using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;
using Serilog.Core;
using Serilog.Events;

namespace MuscleKnotGuide.Tests.Security;

public sealed class LogPrivacyTests(LogPrivacyTests.Fixture app) : IClassFixture<LogPrivacyTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        public Fixture()
        {
            // Everything the app and the framework write, not only what production keeps.
            With("Serilog:MinimumLevel:Default", "Verbose");
            With("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
            With("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Verbose");
        }

        public CapturedLog Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
        }
    }

    [Fact]
    public async Task Notes_of_an_imported_check_in_appear_in_no_log_event()
    {
        var marker = $"MARKER-{Guid.NewGuid():N}";
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        var json = $$"""
            {"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z",
             "checkIns":[{"day":"2026-11-01","painLevel":8,"notes":"{{marker}} pain","warningSymptoms":["fever"],
                          "methods":[{"method":"stretching","minutes":10}]}],
             "plans":[{"startDate":"2026-11-03","lengthDays":7,"goal":"{{marker}} goal"}]}
            """;

        var response = await client.ImportAsync(json);
        (await Html.ParseAsync(response)).QuerySelector(".flash").Text().Should().Be("Imported 1 check-in and 1 plan.");
        (await client.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative))).Should().Contain(marker, "the marker really went through the app");
        await client.GetStringAsync(new Uri("/account/data/checkins.csv", UriKind.Relative));

        app.Log.Events.Should().NotBeEmpty();
        app.Log.Texts().Should().NotContain(t => t.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_logs_carry_the_path_but_never_the_query_string()
    {
        var marker = $"QUERY-{Guid.NewGuid():N}";

        var response = await app.CreateClient().GetAsync(new Uri($"/guides/stretching?notes={marker}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        // The request log is written as the response completes, which can be just after the client has it.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!app.Log.Events.Any(IsGuideRequestLine) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        app.Log.Events.Should().Contain(e => IsGuideRequestLine(e));
        app.Log.Texts().Should().NotContain(t => t.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_app_writes_its_request_lines_to_its_own_log_even_after_another_app_has_started()
    {
        (await app.CreateClient().GetAsync(new Uri("/guides/heat-therapy", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        await using var later = new Fixture();
        (await later.CreateClient().GetAsync(new Uri("/", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        (await app.CreateClient().GetAsync(new Uri("/guides/stretching", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!app.Log.Events.Any(IsGuideRequestLine) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        // Serilog's request log falls back to the process-wide logger, which the app started last replaces.
        app.Log.Events.Should().Contain(e => IsGuideRequestLine(e), "the request was served by this app");
        later.Log.Events.Should().NotContain(e => IsGuideRequestLine(e));
    }

    private static bool IsGuideRequestLine(LogEvent e) =>
        e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal)
        && e.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == "\"/guides/stretching\"";
}

/// <summary>Every Serilog event the app writes, kept in memory for the test to search.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_events)
            {
                return _events.ToArray();
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
        }
    }

    /// <summary>Each event's rendered message, its template, its exception and every property value, as text.</summary>
    public IEnumerable<string> Texts() => Events.SelectMany(e => new[]
    {
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture),
        e.MessageTemplate.Text,
        e.Exception?.ToString() ?? "",
    }.Concat(e.Properties.Select(p => $"{p.Key}={p.Value}")));
}
