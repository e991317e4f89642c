using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>`/health/ready` keeps an instance out of rotation until its database has every migration it expects.</summary>
public sealed class PendingMigrationTests
{
    [Fact]
    public async Task Ready_answers_unhealthy_while_a_migration_is_not_applied_and_live_stays_healthy()
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        // As if a newer instance's migration were not applied yet: the history forgets the latest one.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")";
            await command.ExecuteNonQueryAsync();
        }

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
