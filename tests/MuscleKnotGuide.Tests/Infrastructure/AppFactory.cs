using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>The whole app in memory (TestServer) over a real SQLite file of its own, deleted afterwards.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public AppFactory()
    {
        DatabaseFile = Path.Combine(Path.GetTempPath(), $"mkg-test-{Guid.NewGuid():N}.db");
        _settings["ConnectionStrings:Default"] = $"Data Source={DatabaseFile}";
        _settings["Content:Watch"] = "false";
        // Test classes sign many people up within a minute from one address; the limit's own tests lower it again.
        _settings["RateLimits:SignInPerMinute"] = "10000";
    }

    public string DatabaseFile { get; }

    /// <summary>The app's clock; tests move it to make "today" whatever they need.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Sets a configuration key before the app starts.</summary>
    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Tests may read and seed the database straight away, so the app's background warm-up is awaited here.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<DatabaseWarmUp>().Ready.GetAwaiter().GetResult();
        return host;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabaseFile + suffix);
        }

        GC.SuppressFinalize(this);
    }
}
