using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;
using SQLitePCL;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>
/// A diary turn commits without SQLite's own flush (the group flush does it), and gives the connection back as it
/// found it, so the app's other writes still flush their own commits.
/// </summary>
public sealed class DiaryWriteTurnTests(DiaryWriteTurnTests.Fixture app) : IClassFixture<DiaryWriteTurnTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private const long Normal = 1;
    private const long Full = 2;

    private static long Synchronous(DiaryDbContext db)
    {
        using var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task A_turn_commits_at_normal_and_the_connection_is_back_at_full_once_it_has_committed()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();

        await using (var turn = await DiaryWriteLock.BeginAsync(db, "someone", TestContext.Current.CancellationToken))
        {
            Synchronous(db).Should().Be(Normal);
            await turn.CommitAsync(TestContext.Current.CancellationToken);
            Synchronous(db).Should().Be(Full);
        }

        Synchronous(db).Should().Be(Full);
    }

    [Fact]
    public async Task A_turn_rolled_back_gives_the_connection_back_at_full()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();

        await using (await DiaryWriteLock.BeginAsync(db, "someone", TestContext.Current.CancellationToken))
        {
            Synchronous(db).Should().Be(Normal);
        }

        Synchronous(db).Should().Be(Full);
    }

    [Fact]
    public async Task A_committed_turn_whose_setting_cannot_be_restored_still_ends_on_its_flush_and_its_connection_is_not_used_again()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
            await using var turn = await DiaryWriteLock.BeginAsync(db, "someone", TestContext.Current.CancellationToken);
            var connection = (SqliteConnection)db.Database.GetDbConnection();

            // SQLite refuses the PRAGMA that puts the setting back, as a damaged connection might.
            raw.sqlite3_set_authorizer(connection.Handle, (_, action, name, _, _, _) =>
                action == raw.SQLITE_PRAGMA && name.utf8_to_string() == "synchronous" ? raw.SQLITE_DENY : raw.SQLITE_OK, null);

            var commit = () => turn.CommitAsync(TestContext.Current.CancellationToken);
            await commit.Should().NotThrowAsync("the commit stands and its flush succeeded");
        }

        for (var i = 0; i < 10; i++)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            Synchronous(db).Should().Be(Full, "the connection left at NORMAL was closed, not pooled");
        }
    }
}
