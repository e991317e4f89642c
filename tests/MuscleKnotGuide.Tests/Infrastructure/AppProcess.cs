using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>The built app run as a real process on Kestrel, on a free loopback port.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The web project's build output, in the same configuration as the tests.</summary>
    public static string WebDll
    {
        get
        {
            var testDir = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var configuration = new DirectoryInfo(testDir).Parent!.Name;
            return Path.Combine(RepoRoot, "src", "MuscleKnotGuide.Web", "bin", configuration, "net10.0", "MuscleKnotGuide.Web.dll");
        }
    }

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MuscleKnotGuide.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (MuscleKnotGuide.sln) was not found above " + AppContext.BaseDirectory);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static AppProcess Start(IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepoRoot, "src", "MuscleKnotGuide.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Content__Watch"] = "false";
        start.Environment["RateLimits__SignInPerMinute"] = "10000";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return new AppProcess(process, baseAddress);
    }

    /// <summary>Waits until the home page (or <paramref name="path"/>) answers 200, or fails with what the app printed.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null, string path = "/")
    {
        // A cold first request on a loaded machine can take several seconds; giving up on it early aborts it, and the
        // app then logs that aborted probe as a 500, which tests that read the log for 5xx rightly count.
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The app did not answer within the time allowed:\n{Output}");
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>Ends the process at once, as a power cut or an out-of-memory kill would (SIGKILL).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
