using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;

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
}
