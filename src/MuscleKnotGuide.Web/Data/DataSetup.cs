using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MuscleKnotGuide.Web.Data;

public static class DataSetup
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Default") is { Length: > 0 } configured
            ? configured
            : DatabaseSetup.DefaultConnectionString(environment.ContentRootPath);

        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContext<DiaryDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteConnectionSetup())
            // Whatever else wants to see a save (the page cache's eviction) registers an interceptor; no set-up order matters.
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddSingleton<DatabaseWarmUp>();
        services.AddHealthChecks().AddDbContextCheck<DiaryDbContext>();

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // OWASP: length over composition rules; no email is sent, so no confirmation step.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<DiaryDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppUserClaimsFactory>();


        return services;
    }
}
