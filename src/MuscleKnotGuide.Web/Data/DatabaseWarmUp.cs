using Microsoft.EntityFrameworkCore;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// Prepares the database (WAL, migrations) in the background once the server listens: EF Core's first use costs
/// about a second on a small server (README "Benchmark"), and the public guides do not need the database. Any
/// request that might touch it waits at the gate, closed from the start, until it is ready; a database that cannot
/// be used still stops the app.
/// </summary>
public sealed class DatabaseWarmUp
{
    // Anonymous reads of these never touch the database: the guides come from content/, the rest are files.
    private static readonly string[] DatabaseFreePrefixes = ["/guides/", "/css/", "/js/", "/status/", "/favicon.ico", HealthEndpoints.LivePath];

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Pending until <see cref="Begin"/> has prepared the database: requests that may need it wait.</summary>
    public Task Ready => _ready.Task;

    public async Task Begin(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Run(async () =>
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
                await DatabaseSetup.PrepareAsync(db, cancellationToken);
                if (db.Database.IsSqlite())
                {
                    // Before the pooled connection that made the log can be closed as idle (minutes from now).
                    await services.GetRequiredService<WriteAheadLogKeeper>().HoldAsync(db.Database.GetConnectionString()!, cancellationToken);
                }
            }, cancellationToken);
            _ready.TrySetResult();
        }
        catch (Exception problem)
        {
            _ready.TrySetException(problem);
            throw;
        }
    }

    public static bool MayNeedDatabase(HttpRequest request, string authCookieName)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return true;
        }

        // A signed-in request is validated against the database (the security stamp), whatever the page.
        if (request.Cookies.ContainsKey(authCookieName))
        {
            return true;
        }

        var path = request.Path.Value ?? "/";
        return path != "/" && !DatabaseFreePrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
