using System.Globalization;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster (Debian's postgresql package): initdb into a temp folder as the postgres user
/// (when the tests run as root, as CI does), listening on 127.0.0.1 on a free port with its unix socket in that
/// folder, one database created; stopped with pg_ctl, or by its PID.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string InstallCommand = "sudo apt-get install -y postgresql";

    private readonly string _bin;
    private readonly string _folder;

    private PostgresServer(string bin, string folder, int port, string database)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        Database = database;
    }

    public int Port { get; }

    public string Database { get; }

    /// <summary>For Npgsql: loopback TCP, the cluster's superuser (trusted on loopback in this throw-away cluster).</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Database={Database};Username=postgres";

    private string DataFolder => Path.Combine(_folder, "data");

    private string SocketFolder => Path.Combine(_folder, "socket");

    public static async Task<PostgresServer> StartAsync(string database = "muscleknotguide")
    {
        var bin = FindBin();
        var folder = Directory.CreateTempSubdirectory("mkg-postgres-").FullName;
        var server = new PostgresServer(bin, folder, AppProcess.FreePort(), database);
        try
        {
            Directory.CreateDirectory(server.SocketFolder);
            if (IsRoot)
            {
                // PostgreSQL refuses to run as root; the cluster belongs to the postgres user the package creates.
                await ServerProcess.RunAsync("chown", "-R", "postgres:postgres", folder);
            }

            await server.RunAsync("initdb", "-D", server.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            var options = string.Create(CultureInfo.InvariantCulture,
                $"-p {server.Port} -c listen_addresses=127.0.0.1 -k {server.SocketFolder} -c fsync=off");
            await server.RunAsync("pg_ctl", "-D", server.DataFolder, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "-t", "60", "start");
            await server.PsqlAsync("postgres", $"CREATE DATABASE \"{database}\"");
            return server;
        }
        catch
        {
            var log = server.Log;
            await server.DisposeAsync();
            throw new InvalidOperationException($"PostgreSQL did not start:\n{log}");
        }
    }

    /// <summary>Runs SQL with psql over TCP and returns its unaligned, tuples-only output.</summary>
    public Task<string> PsqlAsync(string sql) => PsqlAsync(Database, sql);

    /// <summary>pg_isready's verdict on the TCP address.</summary>
    public Task<string> IsReadyAsync() => RunAsync("pg_isready", "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture));

    public string Log => File.Exists(Path.Combine(_folder, "server.log")) ? File.ReadAllText(Path.Combine(_folder, "server.log")) : "";

    public async ValueTask DisposeAsync()
    {
        var pidFile = Path.Combine(DataFolder, "postmaster.pid");
        if (File.Exists(pidFile))
        {
            try
            {
                await RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // pg_ctl could not stop it: the postmaster's PID is the first line of its pid file.
                if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid))
                {
                    await ServerProcess.Signal(pid, "KILL");
                }
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task<string> PsqlAsync(string database, string sql) =>
        RunAsync("psql", "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", database,
            "-v", "ON_ERROR_STOP=1", "-X", "-A", "-t", "-c", sql);

    private Task<string> RunAsync(string tool, params string[] arguments)
    {
        var program = Path.Combine(_bin, tool);
        return IsRoot
            ? ServerProcess.RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments])
            : ServerProcess.RunAsync(program, arguments);
    }

    // Debian installs each major version under /usr/lib/postgresql/<version>/bin; the newest is used.
    private static string FindBin()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(dir => File.Exists(Path.Combine(dir, "bin", "initdb")))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
                .ToList()
            : [];
        var initdb = versions.Count > 0
            ? Path.Combine(versions[0], "bin", "initdb")
            : RequiredProgram.Find("initdb", InstallCommand);
        return Path.GetDirectoryName(initdb)!;
    }
}
