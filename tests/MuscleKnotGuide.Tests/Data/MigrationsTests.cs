using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>
/// Each provider's committed migrations describe the current model: a model change without a migration for both
/// (README, "Several instances on PostgreSQL") fails here, not at a self-hoster's start-up. No server needed.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new DiaryDbContext(new DbContextOptionsBuilder<DiaryDbContext>().UseSqlite("Data Source=:memory:").Options);

        db.Database.HasPendingModelChanges().Should().BeFalse("dotnet ef migrations add --context DiaryDbContext was run after the last model change");
    }

    [Fact]
    public void The_postgresql_migrations_match_the_model()
    {
        using var db = ((IDesignTimeDbContextFactory<PostgresDiaryDbContext>)new DesignTimeFactory()).CreateDbContext([]);

        db.Database.HasPendingModelChanges().Should().BeFalse("dotnet ef migrations add --context PostgresDiaryDbContext was run after the last model change");
    }
}
