using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>A throw-away redis-server on 127.0.0.1, a free port, its own config and folder, nothing saved; stopped by PID.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string InstallCommand = "sudo apt-get install -y redis-server";

    private readonly ServerProcess _process;
    private readonly string _folder;
    private bool _stopped;

    private RedisServer(ServerProcess process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>For StackExchange.Redis.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts on a free port, or on <paramref name="port"/> to bring back a server that was stopped.</summary>
    public static async Task<RedisServer> StartAsync(int? port = null)
    {
        var redis = RequiredProgram.Find("redis-server", InstallCommand, "/usr/bin/redis-server");
        var folder = Directory.CreateTempSubdirectory("mkg-redis-").FullName;
        port ??= AppProcess.FreePort();
        var config = string.Create(CultureInfo.InvariantCulture, $"""
            bind 127.0.0.1
            port {port}
            protected-mode yes
            daemonize no
            save ""
            appendonly no
            dir {folder}
            logfile ""
            """);
        var configFile = Path.Combine(folder, "redis.conf");
        await File.WriteAllTextAsync(configFile, config);

        var process = ServerProcess.Start(redis, [configFile], folder);
        var server = new RedisServer(process, folder, port.Value);
        try
        {
            await process.WaitForPortAsync(port.Value, "redis-server");
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Sends one inline command over raw TCP (RESP) and returns the first reply line, such as "+PONG".</summary>
    public async Task<string> CommandAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync() ?? "";
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open, nothing answers, what it holds is kept.</summary>
    public Task PauseAsync() => ServerProcess.Signal(_process.Id, "STOP");

    public Task ResumeAsync() => ServerProcess.Signal(_process.Id, "CONT");

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;

        // A frozen server would only take SIGTERM once thawed.
        await ResumeAsync();
        await _process.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
