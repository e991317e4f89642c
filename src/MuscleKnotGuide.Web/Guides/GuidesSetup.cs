using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

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

    /// <summary>
    /// Serves the .svg pictures of content/images at /guides/images. Their addresses carry a content hash
    /// (see <see cref="GuideImages"/>), so they may be cached for a year; other files (pictures.yml) are not served.
    /// </summary>
    public static IApplicationBuilder UseGuideImages(this WebApplication app)
    {
        var folder = Path.Combine(app.Services.GetRequiredService<ContentFolder>().Path, "images");
        if (!Directory.Exists(folder))
        {
            return app;
        }

        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = GuideImages.RequestPath,
            ContentTypeProvider = new FileExtensionContentTypeProvider(new Dictionary<string, string> { [".svg"] = "image/svg+xml" }),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
    }
}
