using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>
/// The app's SQLite connections are set up once per physical connection (Data/SqliteConnectionSetup.cs) and come from
/// two pools (pooled DbContexts, Microsoft.Data.Sqlite's connections): whichever context and connection a request
/// gets, foreign keys are enforced and a writer in another process is waited for, never "database is locked".
/// (The e_sqlite3 build also turns foreign keys on by default; the app does not rely on that.)
/// </summary>
public sealed class SqliteConnectionSetupTests
{
    [Fact]
    public async Task Every_context_from_the_pools_enforces_foreign_keys_and_waits_ten_seconds_for_a_busy_writer()
    {
        await using var app = new AppFactory();

        // More rounds than contexts or connections are ever held at once here, so both pools hand out reused ones.
        for (var round = 0; round < 20; round++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
            (await db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToListAsync()).Should().Equal([1L], $"round {round}");
            (await db.Database.SqlQueryRaw<long>("PRAGMA busy_timeout").ToListAsync()).Should().Equal([10_000L], $"round {round}");

            db.CheckIns.Add(new CheckIn { UserId = "nobody", Day = new DateOnly(2026, 11, 1), PainLevel = 3 });
            var save = () => db.SaveChangesAsync();
            (await save.Should().ThrowAsync<DbUpdateException>($"round {round}"))
                .WithInnerException<SqliteException>().Where(e => e.Message.Contains("FOREIGN KEY"));
        }
    }

    [Fact]
    public async Task A_write_while_another_process_holds_the_write_lock_waits_for_it_instead_of_failing()
    {
        await using var app = new AppFactory();
        var email = await app.CreateBrowserClient().RegisterAsync();
        var userId = await app.UserIdOfAsync(email);

        // Warm both pools first, so the write below runs on a reused context and connection.
        for (var round = 0; round < 5; round++)
        {
            await app.WithDbAsync(db => db.CheckInsOf(userId).CountAsync());
        }

        // Another program on the same file (Pooling=False: not the app's pool) takes the write lock and keeps it a while.
        await using var other = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var held = TimeSpan.FromSeconds(1.5);
        var release = Task.Run(async () =>
        {
            await Task.Delay(held);
            await using var commit = other.CreateCommand();
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync();
        });

        var watch = Stopwatch.StartNew();
        var saved = await app.WithDbAsync(async db =>
        {
            db.CheckIns.Add(new CheckIn { UserId = userId, Day = new DateOnly(2026, 11, 1), PainLevel = 3 });
            return await db.SaveChangesAsync();
        });
        watch.Stop();
        await release;

        saved.Should().Be(1, "the save waited for the other writer and then went through");
        watch.Elapsed.Should().BeGreaterThan(held - TimeSpan.FromMilliseconds(200), "it had to wait for the lock");
        (await app.WithDbAsync(db => db.CheckInsOf(userId).CountAsync())).Should().Be(1);
    }
}
