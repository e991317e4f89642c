using System.Net;
using System.Net.Sockets;
using System.Text;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Deploy;

/// <summary>Each throw-away server the deployment tests use starts, answers, and is gone afterwards.</summary>
public sealed class ServerHarnessTests
{
    [Fact]
    public async Task Nginx_terminates_tls_and_passes_the_usual_forwarded_headers_round_robin()
    {
        using var first = new EchoServer("first");
        using var second = new EchoServer("second");
        await using var nginx = await NginxServer.StartAsync([first.Address, second.Address]);
        using var client = nginx.Certificate.CreateClient(nginx.HttpsAddress);

        var answers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.GetStringAsync(new Uri("/some/path?x=1", UriKind.Relative)));
        }

        answers.Should().AllSatisfy(answer => answer.Should().Contain("path=/some/path?x=1")
            .And.Contain("host=localhost ").And.Contain("proto=https").And.Contain("for=127.0.0.1"));
        answers.Count(a => a.StartsWith("first", StringComparison.Ordinal)).Should().Be(2, "requests alternate between the instances");
    }

    [Fact]
    public async Task Nginx_redirects_plain_http_to_its_own_name_never_the_visitors_host()
    {
        using var upstream = new EchoServer("only");
        await using var nginx = await NginxServer.StartAsync([upstream.Address]);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = nginx.HttpAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "attacker.example";

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location.Should().Be(new Uri(nginx.HttpsAddress, "/account/login"));
    }

    [Fact]
    public async Task A_client_pinned_to_the_test_certificate_refuses_another_one()
    {
        using var upstream = new EchoServer("only");
        await using var nginx = await NginxServer.StartAsync([upstream.Address]);
        var folder = Directory.CreateTempSubdirectory("mkg-cert-").FullName;
        try
        {
            using var stranger = new TestCertificate(folder);
            using var client = stranger.CreateClient(nginx.HttpsAddress);

            var act = () => client.GetStringAsync(new Uri("/", UriKind.Relative));

            await act.Should().ThrowAsync<HttpRequestException>();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_accepts_queries_on_its_loopback_port()
    {
        await using var postgres = await PostgresServer.StartAsync("harness");

        (await postgres.IsReadyAsync()).Should().Contain("accepting connections");
        (await postgres.PsqlAsync("select 1")).Trim().Should().Be("1");
        (await postgres.PsqlAsync("show listen_addresses")).Trim().Should().Be("127.0.0.1");
        (await postgres.PsqlAsync("select current_database()")).Trim().Should().Be("harness");
        postgres.ConnectionString.Should().Contain($"Port={postgres.Port}");
    }

    [Fact]
    public async Task Postgres_is_stopped_and_its_folder_removed_afterwards()
    {
        int port;
        await using (var postgres = await PostgresServer.StartAsync())
        {
            port = postgres.Port;
        }

        var act = () => ServerProcess.WaitForPortAsync(port, "stopped postgres", () => null, TimeSpan.FromMilliseconds(300));
        await act.Should().ThrowAsync<TimeoutException>("nothing listens there any more");
    }

    [Fact]
    public async Task Redis_answers_ping_and_keeps_nothing_on_disk()
    {
        await using var redis = await RedisServer.StartAsync();

        (await redis.CommandAsync("PING")).Should().Be("+PONG");
        (await redis.CommandAsync("CONFIG GET save")).Should().StartWith("*2");
    }

    /// <summary>A tiny HTTP/1.1 upstream on 127.0.0.1 that answers with its name and the headers nginx sent it.</summary>
    private sealed class EchoServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public EchoServer(string name)
        {
            _listener.Start();
            Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _ = Task.Run(async () =>
            {
                while (true)
                {
                    TcpClient connection;
                    try
                    {
                        connection = await _listener.AcceptTcpClientAsync();
                    }
                    catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }

                    _ = AnswerAsync(connection, name);
                }
            });
        }

        public Uri Address { get; }

        public void Dispose() => _listener.Stop();

        private static async Task AnswerAsync(TcpClient connection, string name)
        {
            using (connection)
            {
                var stream = connection.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync() ?? "";
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                while (await reader.ReadLineAsync() is { Length: > 0 } line)
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    headers[line[..colon]] = line[(colon + 1)..].Trim();
                }

                var path = requestLine.Split(' ') is { Length: > 1 } parts ? parts[1] : "";
                var body = $"{name} path={path} host={headers.GetValueOrDefault("Host")} proto={headers.GetValueOrDefault("X-Forwarded-Proto")} for={headers.GetValueOrDefault("X-Forwarded-For")}";
                var response = $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {Encoding.ASCII.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
            }
        }
    }
}
