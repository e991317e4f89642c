using System.Globalization;
using System.Text;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>
/// A throw-away nginx on 127.0.0.1 terminating TLS (a certificate made in the test) in front of one or several
/// app instances (round robin), with its own config, logs and temp folders in a temp folder; stopped by PID.
/// The site's server blocks are <see cref="SiteTemplate"/>, the same text as the README's "Deploy" section.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    public const string InstallCommand = "sudo apt-get install -y nginx";

    /// <summary>The README's nginx site, with {{placeholders}} the tests and the README fill in.</summary>
    public const string SiteTemplate = """
        upstream muscleknotguide {
        {{upstream_servers}}
        }

        server {
            listen {{http_listen}};
            server_name {{server_name}};
            # Never the visitor's Host: a forged one would end up in the Location.
            return 301 https://$server_name{{https_port_suffix}}$request_uri;
        }

        server {
            listen {{https_listen}} ssl;
            server_name {{server_name}};

            ssl_certificate {{certificate}};
            ssl_certificate_key {{certificate_key}};
            ssl_protocols TLSv1.2 TLSv1.3;

            # The diary import takes files up to 48 MB.
            client_max_body_size 52m;

            location / {
                proxy_pass http://muscleknotguide;
                proxy_http_version 1.1;
                proxy_set_header Connection "";
                proxy_set_header Host $host;
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
            }
        }
        """;

    private readonly ServerProcess _process;
    private readonly string _folder;

    private NginxServer(ServerProcess process, string folder, TestCertificate certificate, int httpPort, int httpsPort)
    {
        _process = process;
        _folder = folder;
        Certificate = certificate;
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        HttpsAddress = new Uri($"https://localhost:{httpsPort}");
    }

    /// <summary>The TLS address the tests use (the certificate names localhost).</summary>
    public Uri HttpsAddress { get; }

    /// <summary>Plain http: only redirects to <see cref="HttpsAddress"/>.</summary>
    public Uri HttpAddress { get; }

    public TestCertificate Certificate { get; }

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    /// <summary>Fills in the template: one <c>server</c> line per upstream, listening on the given addresses.</summary>
    public static string RenderSite(IEnumerable<string> upstreams, string httpListen, string httpsListen, string serverName, string httpsPortSuffix, string certificate, string certificateKey) =>
        SiteTemplate
            .Replace("{{upstream_servers}}", string.Join('\n', upstreams.Select(u => $"    server {u};")), StringComparison.Ordinal)
            .Replace("{{http_listen}}", httpListen, StringComparison.Ordinal)
            .Replace("{{https_listen}}", httpsListen, StringComparison.Ordinal)
            .Replace("{{server_name}}", serverName, StringComparison.Ordinal)
            .Replace("{{https_port_suffix}}", httpsPortSuffix, StringComparison.Ordinal)
            .Replace("{{certificate}}", certificate, StringComparison.Ordinal)
            .Replace("{{certificate_key}}", certificateKey, StringComparison.Ordinal);

    /// <summary>Starts nginx in front of <paramref name="upstreams"/> (host:port each); skips the test if nginx is missing.</summary>
    public static async Task<NginxServer> StartAsync(IEnumerable<Uri> upstreams)
    {
        var nginx = RequiredProgram.Find("nginx", InstallCommand, "/usr/sbin/nginx");
        var folder = Directory.CreateTempSubdirectory("mkg-nginx-").FullName;
        // The workers run as an unprivileged user when nginx starts as root: they must reach the temp folders.
        await ServerProcess.RunAsync("chmod", "755", folder);
        var certificate = new TestCertificate(folder);
        var httpPort = AppProcess.FreePort();
        var httpsPort = AppProcess.FreePort();

        var site = RenderSite(
            upstreams.Select(u => $"{u.Host}:{u.Port}"),
            $"127.0.0.1:{httpPort}",
            $"127.0.0.1:{httpsPort}",
            "localhost",
            $":{httpsPort}",
            certificate.CertificateFile,
            certificate.KeyFile);
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), MainConfig(folder));

        var process = ServerProcess.Start(nginx, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log")], folder);
        var server = new NginxServer(process, folder, certificate, httpPort, httpsPort);
        try
        {
            await process.WaitForPortAsync(httpsPort, "nginx");
        }
        catch
        {
            var log = server.ErrorLog;
            await server.DisposeAsync();
            throw new InvalidOperationException($"nginx did not start:\n{process.Output}\n{log}");
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // Everything nginx writes stays in the temp folder: no /var/log, /var/lib/nginx or /run, no daemon.
    private static string MainConfig(string folder)
    {
        var config = new StringBuilder();
        config.AppendLine(CultureInfo.InvariantCulture, $"daemon off;");
        config.AppendLine("worker_processes 1;");
        config.AppendLine(CultureInfo.InvariantCulture, $"pid {folder}/nginx.pid;");
        config.AppendLine(CultureInfo.InvariantCulture, $"error_log {folder}/error.log warn;");
        config.AppendLine("events { worker_connections 512; }");
        config.AppendLine("http {");
        config.AppendLine(CultureInfo.InvariantCulture, $"    access_log {folder}/access.log;");
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            config.AppendLine(CultureInfo.InvariantCulture, $"    {temp}_temp_path {folder}/{temp}_temp;");
        }

        config.AppendLine(CultureInfo.InvariantCulture, $"    include {folder}/site.conf;");
        config.AppendLine("}");
        return config.ToString();
    }
}
