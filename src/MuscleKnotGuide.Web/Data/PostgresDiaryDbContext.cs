using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own so its migrations (Data/Migrations/PostgreSQL) are kept apart
/// from SQLite's: EF Core picks a context's migrations by its exact type. Pages and Identity still ask for
/// <see cref="DiaryDbContext"/>; DataSetup registers this type in its place when the provider is PostgreSQL.
/// </summary>
public sealed class PostgresDiaryDbContext(DbContextOptions<PostgresDiaryDbContext> options) : DiaryDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Npgsql stores timestamptz only with offset zero; an imported file may carry any offset.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // PostgreSQL folds unquoted names to lower case, and the columns are named in Pascal case.
        builder.Entity<CheckIn>().ToTable(t =>
        {
            t.HasCheckConstraint("CK_CheckIns_PainLevel", "\"PainLevel\" BETWEEN 0 AND 10");
            t.HasCheckConstraint("CK_CheckIns_Stiffness", "\"Stiffness\" IS NULL OR \"Stiffness\" BETWEEN 0 AND 10");
        });
    }
}
