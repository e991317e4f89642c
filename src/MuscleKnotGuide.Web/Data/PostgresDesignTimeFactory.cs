using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// For `dotnet ef migrations add --context PostgresDiaryDbContext`: the app registers this context only when
/// configured for PostgreSQL, and adding a migration needs no server, so a placeholder connection string does.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDiaryDbContext>
{
    public PostgresDiaryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDiaryDbContext>().UseNpgsql("Host=localhost;Database=muscleknotguide").Options);
}
