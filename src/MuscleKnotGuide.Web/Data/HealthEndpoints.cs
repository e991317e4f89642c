using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MuscleKnotGuide.Web.Data;

/// <summary>Health for orchestrators: live (the process answers) and ready (database reachable, migrations applied).</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public const string LivePath = "/health/live";

    public static WebApplication MapHealth(this WebApplication app)
    {
        // Every check, as before.
        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false }).AllowAnonymous();
        // No check at all: a live process answers even while its database is away (restarting it would not help).
        app.MapHealthChecks(LivePath, new HealthCheckOptions { AllowCachingResponses = false, Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { AllowCachingResponses = false, Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
