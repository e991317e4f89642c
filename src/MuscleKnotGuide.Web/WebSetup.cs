using Serilog;

namespace MuscleKnotGuide.Web;

public static class WebSetup
{
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        // Lines go to stdout a batch at a time, so requests do not queue on the console (BatchedConsoleOutput).
        BatchedConsoleOutput.Install();

        // Request lines carry method, path (never the query or body), status and time: no health data.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>Razor Pages with lowercase URLs; which pages need sign-in is in Security/SignInRequired.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages();
        return services;
    }

    /// <summary>App:PublicUrl, checked now so a wrong value stops the app at start-up rather than printing bad links.</summary>
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(PublicAddress.FromSetting(configuration[PublicAddress.SettingKey]));
}
