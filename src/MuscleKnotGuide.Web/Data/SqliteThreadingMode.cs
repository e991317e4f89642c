using SQLitePCL;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// SQLite's "multi-thread" mode instead of its default "serialized" one: no mutex is taken around every call on a
/// connection or a statement (each column of each row read is such a call). Serialized mode only protects a connection
/// used by two threads at once, which ADO.NET never allows: a connection and its commands belong to one operation at a
/// time, and every context here is one request's, awaited in turn (https://sqlite.org/threadsafe.html; EF Core's own
/// proposal for this, dotnet/efcore#22330). Measured on the 365-day report (README, Benchmark).
/// </summary>
public static class SqliteThreadingMode
{
    /// <summary>
    /// Must run before SQLite is first used in the process; false when it already was (then the mode stays serialized,
    /// which only costs speed: several apps in one test process, or a tool that opened a database first).
    /// </summary>
    public static bool TryUseMultiThread()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
    }
}
