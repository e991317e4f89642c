namespace MuscleKnotGuide.Web.Data;

/// <summary>`Database:Provider`: SQLite for one process on one disk, PostgreSQL for several instances.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
