using Microsoft.AspNetCore.HttpOverrides;

namespace MuscleKnotGuide.Web.Security;

/// <summary>Behind a reverse proxy: the visitor's own address and scheme, from trusted proxies only (README "Deploy").</summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = TrustedProxies.From(configuration);
        services.AddSingleton(proxies);
        services.Configure<ForwardedHeadersOptions>(proxies.Apply);
        return services;
    }

    /// <summary>First in the pipeline: everything after it (rate limits, HTTPS, cookies, logs) sees the real client.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        // The address the connection really came from, kept before the forwarded headers replace it.
        app.Use((context, next) =>
        {
            context.Features.Set(new ConnectionPeer(context.Connection.RemoteIpAddress));
            return next(context);
        });
        app.UseForwardedHeaders();
        return app;
    }
}
