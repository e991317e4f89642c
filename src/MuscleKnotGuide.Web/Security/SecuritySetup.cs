using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using MuscleKnotGuide.Web.Diary;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Everything that protects a person's account and diary: headers, HTTPS, cookies, sign-in limits,
/// request sizes, no caching of their pages, and the health endpoint.
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

        services.ConfigureApplicationCookie(options => SessionLifetime.Configure(options, settings));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = settings.SessionCheckInterval);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = settings.RequireHttps ? "__Host-mkg-antiforgery" : "mkg-antiforgery";
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = settings.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        services.Configure<MvcOptions>(options => options.ModelBinderProviders.Insert(0, new ControlCharacterStripping()));
        services.AddRateLimiter(options => SignInRateLimit.Configure(options, settings));
        services.Configure<RazorPagesOptions>(options =>
        {
            SignInRateLimit.Apply(options.Conventions);
            options.Conventions.ConfigureFilter(new OnlyHandledMethods());
            options.Conventions.AuthorizeFolder("/Account/Data");
            PersonalLink.Apply(options.Conventions);
        });

        // Kestrel stops a body past the limit even when it arrives without a Content-Length (chunked).
        services.Configure<KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = FormBodyLimitBytes;
            options.AddServerHeader = false;
        });

        if (settings.RequireHttps)
        {
            services.AddHttpsRedirection(_ => { });
        }

        // Serilog reads filters and enrichers from the services (WebSetup.AddAppLogging: ReadFrom.Services).
        services.AddSingleton<Serilog.Core.ILogEventFilter, NoQueryStringsInLogs>();
        services.AddSingleton<Serilog.Core.ILogEventEnricher, ControlCharactersInLogs>();

        // Identity's own length rule stays: validators add up (registered after AddIdentity, which only tries to add its own).
        services.AddScoped<IPasswordValidator<AppUser>, CommonPasswordValidator>();
        services.AddSingleton<UnknownEmailSignIns>();
        services.AddScoped<PasswordSignIn>();

        services.AddHealthChecks().AddDbContextCheck<DiaryDbContext>();
        return services;
    }

    /// <summary>First in the pipeline, so every response, error pages included, carries the headers.</summary>
    public static WebApplication UseAppSecurity(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<SecuritySettings>();
        app.UseSecurityHeaders();
        if (settings.RequireHttps)
        {
            app.UseHttpsRedirection();
        }

        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false }).AllowAnonymous();
        return app;
    }

    /// <summary>After routing and authentication: these rules depend on the page asked for and on who asks.</summary>
    public static WebApplication UseAppSecurityForEndpoints(this WebApplication app)
    {
        app.UseMiddleware<RequestSizeGuard>();
        app.UseRateLimiter();
        app.UseMiddleware<NoStoreForSignedIn>();
        return app;
    }
}
