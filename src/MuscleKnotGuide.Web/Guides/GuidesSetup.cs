namespace MuscleKnotGuide.Web.Guides;

public static class GuidesSetup
{
    public static IServiceCollection AddGuides(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(ContentFolder.Resolve(configuration["Content:Path"], environment.ContentRootPath));
        services.AddSingleton(provider => new GuideCatalog(
            provider.GetRequiredService<ContentFolder>(),
            provider.GetRequiredService<ILogger<GuideCatalog>>(),
            watch: configuration.GetValue("Content:Watch", true)));

        // Read now, so a mistyped region stops start-up instead of the first guide page.
        services.AddSingleton(new GuidanceSettings(CareRegion.FromSetting(configuration["Guidance:DefaultRegion"])));
        return services;
    }
}
