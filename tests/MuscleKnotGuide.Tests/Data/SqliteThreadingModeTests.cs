using Microsoft.Data.Sqlite;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>
/// The switch to multi-thread mode itself is measured, not tested here (README, Benchmark: SQLite's mutex share of the
/// 365-day report in the published app). What a test can hold: once SQLite is in use, as in this test process with its
/// many apps, the switch is refused quietly and SQLite keeps working in the mode it has.
/// </summary>
public sealed class SqliteThreadingModeTests
{
    [Fact]
    public async Task Once_sqlite_is_in_use_the_switch_is_refused_without_an_error_and_sqlite_keeps_working()
    {
        await using var before = new SqliteConnection("Data Source=:memory:");
        await before.OpenAsync(TestContext.Current.CancellationToken);

        SqliteThreadingMode.TryUseMultiThread().Should().BeFalse("SQLite was initialised by the connection above");

        await using var after = new SqliteConnection("Data Source=:memory:");
        await after.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = after.CreateCommand();
        command.CommandText = "SELECT 40 + 2";
        (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).Should().Be(42L);
    }
}
