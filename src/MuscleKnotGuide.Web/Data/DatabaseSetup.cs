using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MuscleKnotGuide.Web.Data;

/// <summary>Opens the database at start-up: WAL journal, pending migrations applied, a clear message if the file is unusable.</summary>
public static class DatabaseSetup
{
    public static string DefaultConnectionString(string contentRoot) =>
        $"Data Source={Path.Combine(contentRoot, "App_Data", "muscleknotguide.db")}";

    public static async Task PrepareAsync(DiaryDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            await PrepareServerAsync(db, cancellationToken);
            return;
        }

        var connectionString = db.Database.GetConnectionString() ?? "";
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        try
        {
            if (file != ":memory:" && !string.IsNullOrEmpty(file))
            {
                CreateOwnerOnly(Path.GetFullPath(file));
            }

            // WAL lets readers carry on while one request writes; the setting is stored in the file itself.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new DatabaseStartupException($"The database file '{file}' cannot be used: {Reason(ex)} ({ex.Message})", ex);
        }
        catch (IOException ex)
        {
            throw new DatabaseStartupException($"The database file '{file}' cannot be used: its folder cannot be created or reached ({ex.Message})", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DatabaseStartupException($"The database file '{file}' cannot be used: its folder cannot be created or reached ({ex.Message})", ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // A database server: no file to create or check, only migrations to apply, and several instances may start at
    // once. EF Core's own migrations lock on PostgreSQL lasts one transaction, and each migration commits its own: with
    // two pending migrations, the second instance read the history between them and applied the second again
    // ("column already exists"). A session-level advisory lock on the migrating connection spans them all.
    private static async Task PrepareServerAsync(DiaryDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            // Opened on the connection itself: through EF Core, a server that does not answer came back wrapped in its
            // retry strategy's exception rather than as the DbException below.
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            try
            {
                // Waits as long as the other instance migrates, not the default 30 s command timeout.
                var timeout = db.Database.GetCommandTimeout();
                db.Database.SetCommandTimeout(0);
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationsLockKey})", cancellationToken);
                db.Database.SetCommandTimeout(timeout);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                try
                {
                    // Pooled connections are not reset on return (PostgresConnectionString), so the lock is let go here.
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationsLockKey})", CancellationToken.None);
                }
                finally
                {
                    await connection.CloseAsync();
                }
            }
        }
        catch (DbException ex)
        {
            throw new DatabaseStartupException($"The database server cannot be used: {ex.Message} (check ConnectionStrings:Default)", ex);
        }
    }

    /// <summary>Any number the app's other advisory locks do not use (it has none); "MKG" in ASCII.</summary>
    private const long MigrationsLockKey = 0x4D4B47;

    /// <summary>
    /// A new database holds health data: its folder is created 0700 and the file 0600 on Linux (SQLite gives
    /// its -wal and -shm files the file's own permissions). Existing folders and files keep theirs.
    /// </summary>
    private static void CreateOwnerOnly(string file)
    {
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        // A path that is a folder is left for SQLite to refuse with its own, clearer message.
        if (!OperatingSystem.IsWindows() && !File.Exists(file) && !Directory.Exists(file))
        {
            using var created = new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
    }

    // SQLite's own words ("unable to open database file") do not say what to do about it.
    private static string Reason(SqliteException ex) => ex.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB => "it is not a SQLite database, or it is damaged",
        SQLitePCL.raw.SQLITE_CORRUPT => "it is damaged",
        SQLitePCL.raw.SQLITE_CANTOPEN => "it cannot be opened; check that its folder exists and that the app may read and write there",
        SQLitePCL.raw.SQLITE_READONLY => "it is read-only; the app needs to write to it and to its folder",
        SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH => "the app is not allowed to use it",
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => "another program holds it locked",
        SQLitePCL.raw.SQLITE_FULL => "the disk is full",
        _ => "SQLite refused it",
    };
}
