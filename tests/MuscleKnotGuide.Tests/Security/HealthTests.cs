using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

public sealed class HealthTests(HealthTests.Fixture app) : IClassFixture<HealthTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Each_health_endpoint_answers_healthy_in_plain_text_to_anyone_and_is_never_cached(string path)
    {
        var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }
}

public sealed class UnhealthyDatabaseTests
{
    [Fact]
    public async Task Health_and_ready_answer_unhealthy_when_the_database_cannot_be_reached_while_live_stays_healthy()
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        // The database file disappears under the running app and its folder cannot be used any more.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(app.DatabaseFile + suffix);
        }

        Directory.CreateDirectory(app.DatabaseFile);
        try
        {
            foreach (var path in new[] { "/health", "/health/ready" })
            {
                var response = await client.GetAsync(new Uri(path, UriKind.Relative));

                response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, path);
                (await response.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
            }

            // The process itself is fine: an orchestrator must not restart it for a database that is away.
            (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            Directory.Delete(app.DatabaseFile);
        }
    }
}
