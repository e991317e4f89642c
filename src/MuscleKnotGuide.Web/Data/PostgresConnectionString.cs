using System.Data.Common;
using Npgsql;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// The PostgreSQL connection string as configured, with two defaults of ours: a pool size that leaves room for other
/// instances, and no reset of a connection on its way back to the pool. Either one set in the connection string wins.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>
    /// PostgreSQL allows 100 connections by default and Npgsql pools up to 100 per process, so two busy instances
    /// ran the server out of connections (53300, a 500 for the visitor: Deploy/TwoInstancesTests). 20 per instance
    /// keeps up with the benchmark's writes on 2 cores and leaves room for four instances and an administrator;
    /// a request waits for a free connection instead.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    private static readonly string[] PoolSizeKeywords = ["Maximum Pool Size", "MaxPoolSize"];

    private static readonly string[] ResetKeywords = ["No Reset On Close", "NoResetOnClose"];

    public static string WithDefaults(string connectionString)
    {
        // A generic builder keeps only the keys that were given (Npgsql's own reports every known keyword).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!PoolSizeKeywords.Any(given.ContainsKey))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        // Npgsql sends DISCARD ALL with the next command after every return to the pool: two of a save's ten statements,
        // and it throws away the server's cached plans. Nothing here leaves state on a connection to discard: no SET,
        // no temporary tables, no LISTEN, and the diary's locks are row locks that end with their transaction (an open
        // transaction is still rolled back on return). PostgreSQL's CPU per save fell; the rate stayed in the noise (README "Benchmark").
        if (!ResetKeywords.Any(given.ContainsKey))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
