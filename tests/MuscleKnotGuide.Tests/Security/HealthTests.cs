using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

public sealed class HealthTests(HealthTests.Fixture app) : IClassFixture<HealthTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Fact]
    public async Task Health_answers_healthy_in_plain_text_to_anyone_and_is_never_cached()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }
}

public sealed class UnhealthyDatabaseTests
{
    [Fact]
    public async Task Health_answers_unhealthy_when_the_database_cannot_be_reached()
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
            var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await response.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
        }
        finally
        {
            Directory.Delete(app.DatabaseFile);
        }
    }
}
