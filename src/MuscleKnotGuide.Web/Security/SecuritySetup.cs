using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Everything that protects a person's account and diary: headers, HTTPS, cookies, sign-in limits,
/// request sizes and no caching of their pages. The middleware order is in Program.cs.
/// </summary>
public static class SecuritySetup
{
    /// <summary>Forms carry a few kilobytes of text; anything near this is a mistake or an attack.</summary>
    public const long FormBodyLimitBytes = 1024 * 1024;

    public static IServiceCollection AddAppSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = SecuritySettings.From(configuration, environment);
        services.AddSingleton(settings);

        services.AddSecurityHeaderPolicies().SetDefaultPolicy(policy => SecurityHeaders.Apply(policy, settings));

        services.AddSingleton<SignInSessionCache>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(provider => provider.GetRequiredService<SignInSessionCache>());
        services.AddSingleton<SignInSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SignInSessionStore>((options, sessions) => SessionLifetime.Configure(options, settings, sessions));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = settings.SessionCheckInterval);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = settings.RequireHttps ? "__Host-mkg-antiforgery" : "mkg-antiforgery";
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = settings.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        services.Configure<MvcOptions>(options => options.ModelBinderProviders.Insert(0, new ControlCharacterStripping()));
        services.AddRateLimiter(options =>
        {
            SignInRateLimit.Configure(options, settings);
            ImportRateLimit.Configure(options, settings);
        });
        services.Configure<RazorPagesOptions>(options =>
        {
            SignInRateLimit.Apply(options.Conventions);
            ImportRateLimit.Apply(options.Conventions);
            options.Conventions.ConfigureFilter(new OnlyHandledMethods());
            options.Conventions.ConfigureFilter(new DeletedAccountSignOut());
            SignInRequired.Apply(options.Conventions);
            PersonalLink.Apply(options.Conventions);
        });

        // Kestrel stops a body past the limit even when it arrives without a Content-Length (chunked).
        services.Configure<KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = FormBodyLimitBytes;
            options.AddServerHeader = false;
        });

        services.AddTrustedProxies(configuration);
        services.AddKeyStorage(configuration);
        services.AddSingleton<HttpsRequirement>();

        // Serilog reads filters and enrichers from the services (WebSetup.AddAppLogging: ReadFrom.Services).
        services.AddSingleton<Serilog.Core.ILogEventFilter, NoQueryStringsInLogs>();
        services.AddSingleton<Serilog.Core.ILogEventEnricher, ControlCharactersInLogs>();

        // Identity's own length rule stays: validators add up (registered after AddIdentity, which only tries to add its own).
        services.AddScoped<IPasswordValidator<AppUser>, CommonPasswordValidator>();
        services.AddSingleton<UnknownEmailSignIns>();
        services.AddScoped<PasswordSignIn>();

        return services;
    }

    /// <summary>Plain http that did not come through a trusted proxy: a redirect or the friendly "needs HTTPS" page, never a 500.</summary>
    public static WebApplication UseHttpsRequirement(this WebApplication app)
    {
        if (app.Services.GetRequiredService<SecuritySettings>().RequireHttps)
        {
            var requirement = app.Services.GetRequiredService<HttpsRequirement>();
            app.Lifetime.ApplicationStarted.Register(requirement.WarnIfNoRedirect);
            app.UseMiddleware<HttpsRequirement>();
        }

        return app;
    }
}
