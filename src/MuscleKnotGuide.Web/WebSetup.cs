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

    /// <summary>Loads the guides and prepares the database before the server takes requests; either failing stops the app.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<GuideCatalog>();

        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.PrepareAsync(scope.ServiceProvider.GetRequiredService<DiaryDbContext>(), app.Lifetime.ApplicationStopping);
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
