using System.Data.Common;
using Npgsql;

namespace MuscleKnotGuide.Web.Data;

/// <summary>The PostgreSQL connection string as configured, with a pool size that leaves room for other instances.</summary>
public static class PostgresConnectionString
{
    /// <summary>
    /// PostgreSQL allows 100 connections by default and Npgsql pools up to 100 per process, so two busy instances
    /// ran the server out of connections (53300, a 500 for the visitor: Deploy/TwoInstancesTests). 20 per instance
    /// keeps up with the benchmark's writes on 2 cores and leaves room for four instances and an administrator;
    /// a request waits for a free connection instead. A pool size set in the connection string wins.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    private static readonly string[] PoolSizeKeywords = ["Maximum Pool Size", "MaxPoolSize"];

    public static string WithPoolLimit(string connectionString)
    {
        // A generic builder keeps only the keys that were given (Npgsql's own reports every known keyword).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return PoolSizeKeywords.Any(given.ContainsKey)
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;
    }
}
