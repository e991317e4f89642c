using Microsoft.Data.Sqlite;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// Holds one SQLite connection open for the app's lifetime, so the write-ahead log made at start-up is never deleted
/// and made again by a diary save. SQLite deletes the log when its last connection closes, and Microsoft.Data.Sqlite
/// closes idle pooled connections; a log made again by a save at synchronous = NORMAL (<see cref="GroupFlush"/>)
/// would have its folder entry made durable only by the log's own fsync, which POSIX does not promise. The log
/// made at start-up had its folder synced by SQLite at the migrations' first commit at FULL (README, Benchmark).
/// </summary>
public sealed class WriteAheadLogKeeper : IAsyncDisposable
{
    private SqliteConnection? _connection;

    /// <summary>Opens the connection and reads through it, which is what makes SQLite count it as a user of the log.</summary>
    public async Task HoldAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(cancellationToken);
        }

        _connection = connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
