using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MuscleKnotGuide.Web.Diary;

/// <summary>Opens the database at start-up: WAL journal, pending migrations applied, a clear message if the file is unusable.</summary>
public static class DatabaseSetup
{
    public static string DefaultConnectionString(string contentRoot) =>
        $"Data Source={Path.Combine(contentRoot, "App_Data", "muscleknotguide.db")}";

    public static async Task PrepareAsync(DiaryDbContext db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString() ?? "";
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder) && file != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }

            // WAL lets readers carry on while one request writes; the setting is stored in the file itself.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new DatabaseStartupException($"The database file '{file}' cannot be used: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new DatabaseStartupException($"The database file '{file}' cannot be used: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DatabaseStartupException($"The database file '{file}' cannot be used: {ex.Message}", ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
