using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// For `dotnet ef migrations add --context DiaryDbContext`: without it, the tools took <see cref="PostgresDesignTimeFactory"/>
/// for this context too (a factory of the derived context is one of the base context, as the interface is covariant),
/// and compared the model with the PostgreSQL snapshot, so a SQLite migration came out empty.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<DiaryDbContext>
{
    public DiaryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DiaryDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
