using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// Every connection waits for a busy writer instead of failing with "database is locked", which concurrent requests
/// would otherwise see as soon as two of them write at once, and enforces foreign keys (deleting a person deletes
/// their diary). Both settings belong to SQLite's physical connection and outlive Microsoft.Data.Sqlite's pool, so they
/// are sent once per physical connection, not on every open from the pool (every query of every page opens one).
/// Nothing in the app turns them off again; EF Core's migrations that rebuild a table turn foreign keys back on.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

    // Keyed by the native handle, which lives exactly as long as the physical connection: a SqliteConnection opened
    // again may get another physical connection from the pool, and a new one is never in here.
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = [];

    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsPrepared(connection, out var handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Prepared.AddOrUpdate(handle, Done);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsPrepared(connection, out var handle))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Prepared.AddOrUpdate(handle, Done);
    }

    // A physical connection is used by one SqliteConnection at a time, so two opens never race for the same handle.
    private static bool IsPrepared(DbConnection connection, out sqlite3 handle)
    {
        handle = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        return Prepared.TryGetValue(handle, out _);
    }
}
