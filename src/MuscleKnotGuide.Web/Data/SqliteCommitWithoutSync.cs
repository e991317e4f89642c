using Microsoft.Data.Sqlite;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// A diary turn's connection commits at synchronous = NORMAL: the commit is written to the write-ahead log but not
/// flushed, and <see cref="Flush"/> makes it durable together with other saves' commits. The connection's own
/// setting comes back before it returns to the pool, so every other write (sign-ins, plans, keys) still flushes itself.
/// </summary>
public sealed class SqliteCommitWithoutSync
{
    private readonly SqliteConnection _connection;
    private readonly long _synchronous;
    private bool _restored;

    private SqliteCommitWithoutSync(SqliteConnection connection, long synchronous, GroupFlush flush)
    {
        _connection = connection;
        _synchronous = synchronous;
        Flush = flush;
    }

    public GroupFlush Flush { get; }

    public static SqliteCommitWithoutSync Begin(SqliteConnection connection, GroupFlush flush)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        var synchronous = (long)command.ExecuteScalar()!;
        command.CommandText = "PRAGMA synchronous = NORMAL";
        command.ExecuteNonQuery();
        return new SqliteCommitWithoutSync(connection, synchronous, flush);
    }

    /// <summary>Puts the connection's own setting back; if that fails, the connection is not used again.</summary>
    public void RestoreSync()
    {
        if (_restored)
        {
            return;
        }

        _restored = true;
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"PRAGMA synchronous = {_synchronous}";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            SqliteConnection.ClearPool(_connection);
            throw;
        }
    }
}
