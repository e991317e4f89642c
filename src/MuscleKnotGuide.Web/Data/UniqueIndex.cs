using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MuscleKnotGuide.Web.Data;

public static class UniqueIndex
{
    // SQLITE_CONSTRAINT_UNIQUE: two requests raced to insert the same key and the index kept only the first.
    private const int SqliteConstraintUnique = 2067;

    public static bool IsUniqueViolation(this DbUpdateException ex) =>
        ex.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique };
}
