using MuscleKnotGuide.Web.Diary;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Security;
using MuscleKnotGuide.Web.Performance;
using Serilog;

namespace MuscleKnotGuide.Web;

public static class WebSetup
{
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        // Request lines carry method, path (never the query or body), status and time: no health data.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddSingleton<DatabaseWarmUp>();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/CheckIns");
            options.Conventions.AuthorizeFolder("/Insights");
            options.Conventions.AuthorizeFolder("/Report");
            options.Conventions.AuthorizeFolder("/Account/Manage");
        });
        services.AddPerformance();
        return services;
    }

    /// <summary>
    /// Loads the guides before the server takes requests (invalid content stops the app at once) and starts
    /// preparing the database in the background; the returned task fails if the database cannot be used.
    /// </summary>
    public static Task PrepareAsync(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<GuideCatalog>();
        // Not cancelled by a shutdown: a migration is one transaction and is better finished than torn.
        return app.Services.GetRequiredService<DatabaseWarmUp>().Begin(app.Services, CancellationToken.None);
    }

    public static WebApplication UseWebUi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        // Logged before status pages re-execute, so each request is one line with its real path.
        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseHttpsRequirement();
        app.UseDatabaseGate();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAppSecurityForEndpoints();
        app.UseAuthorization();
        app.UsePerformance();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
