using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>The built app on real Kestrel over its own SQLite file, with browser-like clients and a read-only look at the file.</summary>
public sealed class RealServer : IAsyncDisposable
{
    private readonly List<HttpClient> _clients = [];
    private readonly List<AppProcess> _ended = [];

    private RealServer(string databaseFile, AppProcess app)
    {
        DatabaseFile = databaseFile;
        App = app;
    }

    public string DatabaseFile { get; }

    public AppProcess App { get; private set; }

    /// <summary>Everything the app printed, over every start.</summary>
    public string Output => string.Concat(_ended.Append(App).Distinct().Select(a => a.Output));

    public static async Task<RealServer> StartAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mkg-real-{Guid.NewGuid():N}.db");
        var server = new RealServer(file, Launch(file));
        await server.App.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    /// <summary>A person's own browser: its own cookies, redirects not followed, so each 302 is seen.</summary>
    public HttpClient CreateBrowserClient()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = App.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        _clients.Add(client);
        return client;
    }

    /// <summary>Ends the process at once (SIGKILL): no shutdown, no checkpoint, nothing flushed by the app.</summary>
    public async Task KillAsync()
    {
        await App.KillAsync();
        _ended.Add(App);
    }

    /// <summary>Starts the app again on the same database file, on a new port.</summary>
    public async Task RestartAsync()
    {
        App = Launch(DatabaseFile);
        await App.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    /// <summary>Runs one query on the file read-only, as another program would, and returns the first column of every row.</summary>
    public async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var app in _ended.Append(App).Distinct())
        {
            await app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabaseFile + suffix);
        }
    }

    private static AppProcess Launch(string databaseFile) => AppProcess.Start(new Dictionary<string, string>
    {
        ["ConnectionStrings__Default"] = $"Data Source={databaseFile}",
        // Many people sign up from one address within a minute here.
        ["RateLimits__SignInPerMinute"] = "100000",
    });
}
