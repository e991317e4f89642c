using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>
/// The write-ahead log made at start-up (its folder synced by SQLite) stays for the app's lifetime, so a diary save,
/// which commits without SQLite's own flush, never has to make a new one.
/// </summary>
public sealed class WriteAheadLogKeeperTests(WriteAheadLogKeeperTests.Fixture app) : IClassFixture<WriteAheadLogKeeperTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Fact]
    public async Task The_log_made_at_start_up_outlives_every_idle_pooled_connection_being_closed()
    {
        await app.Services.GetRequiredService<DatabaseWarmUp>().Ready;
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DiaryDbContext>().CheckIns.CountAsync(TestContext.Current.CancellationToken);
        }

        File.Exists(app.DatabaseFile + "-wal").Should().BeTrue("the database runs in WAL mode");

        // What Microsoft.Data.Sqlite does to idle connections after a while; SQLite deletes the log at its last close.
        using (var sameFile = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            SqliteConnection.ClearPool(sameFile);
        }

        File.Exists(app.DatabaseFile + "-wal").Should().BeTrue("one connection is held open for the app's lifetime");
    }
}
