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
        return services;
    }
}
