using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// For `dotnet ef migrations add`: each context on its own provider, with no server or file needed. One class for
/// both, because the factory interface is covariant: a separate PostgreSQL factory also counts as a factory of
/// <see cref="DiaryDbContext"/>, the tools took whichever they met first, and a SQLite migration came out empty.
/// Implementing both here, each context gets the method of its own interface.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DiaryDbContext>, IDesignTimeDbContextFactory<PostgresDiaryDbContext>
{
    DiaryDbContext IDesignTimeDbContextFactory<DiaryDbContext>.CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DiaryDbContext>().UseSqlite("Data Source=design-time.db").Options);

    PostgresDiaryDbContext IDesignTimeDbContextFactory<PostgresDiaryDbContext>.CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDiaryDbContext>().UseNpgsql("Host=localhost;Database=muscleknotguide").Options);
}
