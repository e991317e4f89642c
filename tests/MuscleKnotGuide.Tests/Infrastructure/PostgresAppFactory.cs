using System.Runtime.ExceptionServices;
using Npgsql;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>
/// The whole app in memory with <c>Database:Provider=PostgreSQL</c> on a throw-away cluster of its own
/// (<see cref="PostgresServer"/>), so the data tests run on both providers. Without PostgreSQL the tests that ask
/// for it through <see cref="Required"/> are skipped, or failed on CI.
/// </summary>
public sealed class PostgresAppFactory : AppFactory, IAsyncLifetime
{
    private PostgresServer? _server;
    private ExceptionDispatchInfo? _startFailure;

    public PostgresServer Cluster => Required()._server!;

    public async ValueTask InitializeAsync()
    {
        try
        {
            _server = await PostgresServer.StartAsync();
            With("Database:Provider", "PostgreSQL");
            With("ConnectionStrings:Default", _server.ConnectionString);
        }
        catch (Exception ex)
        {
            // A fixture cannot skip a test; each test that asks for the app gets this (skip, or failure on CI).
            _startFailure = ExceptionDispatchInfo.Capture(ex);
        }
    }

    /// <summary>This factory once its cluster runs; otherwise the reason it does not (missing locally: a skip).</summary>
    public PostgresAppFactory Required()
    {
        _startFailure?.Throw();
        return this;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
