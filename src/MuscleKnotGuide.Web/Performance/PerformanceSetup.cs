using Microsoft.Extensions.FileProviders;

namespace MuscleKnotGuide.Web.Performance;

public static class PerformanceSetup
{
    public static IServiceCollection AddPerformance(this IServiceCollection services) => services;

    public static WebApplication UsePerformance(this WebApplication app)
    {
        // The benchmark compares a guide page with a static file of the same bytes served by this same pipeline.
        // MapStaticAssets only knows files present at build time, so the benchmark names a folder at start-up;
        // unset (always, outside the benchmark) nothing is registered.
        if (app.Configuration["Benchmark:StaticFolder"] is { Length: > 0 } folder)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)),
                RequestPath = "/bench-static",
            });
        }

        return app;
    }
}
