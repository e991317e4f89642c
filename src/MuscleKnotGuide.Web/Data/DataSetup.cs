using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Web.Data;

public static class DataSetup
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProviderOf(configuration);
        var connectionString = configuration.GetConnectionString("Default") is { Length: > 0 } configured
            ? configured
            : provider == DatabaseProvider.Sqlite
                ? DatabaseSetup.DefaultConnectionString(environment.ContentRootPath)
                : throw new DatabaseStartupException("Database:Provider is PostgreSQL but ConnectionStrings:Default is empty; set it to the server's connection string.");

        services.TryAddSingleton(TimeProvider.System);

        // Pooled contexts: each request reuses a context and its services instead of building them (5-12 % of a
        // signed-in page, README "Benchmark"). So the options are built once from the root services: every
        // interceptor must be a singleton with no per-request state, and nothing may be set on a context that
        // EF Core's reset does not undo (it resets tracking, the connection, transactions, AutoSavepointsEnabled).
        if (provider == DatabaseProvider.PostgreSQL)
        {
            // Pages and Identity ask for DiaryDbContext; the derived type brings PostgreSQL's own migrations.
            services.AddDbContextPool<DiaryDbContext, PostgresDiaryDbContext>((services, options) => options
                .UseNpgsql(PostgresConnectionString.WithDefaults(connectionString))
                .AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else
        {
            services.AddDbContextPool<DiaryDbContext>((services, options) => options
                .UseSqlite(connectionString)
                // EF Core's check for a context used by two operations at once sets an AsyncLocal on every row a query
                // reads (a new ExecutionContext each time): a quarter of the 365-day report's allocations. Every
                // context here is one request's, awaited in turn; the check only ever turns such a bug into an exception.
                .EnableThreadSafetyChecks(false)
                .AddInterceptors(new SqliteConnectionSetup())
                // Whatever else wants to see a save (the page cache's eviction) registers an interceptor; no set-up order matters.
                .AddInterceptors(services.GetServices<IInterceptor>()));
        }

        services.AddSingleton<DatabaseWarmUp>();
        services.AddSingleton<WriteAheadLogKeeper>();
        services.AddScoped<MethodTryRecorder>();
        services.AddHealthChecks()
            .AddDbContextCheck<DiaryDbContext>(tags: [HealthEndpoints.ReadyTag])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [HealthEndpoints.ReadyTag]);

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // OWASP: length over composition rules; no email is sent, so no confirmation step.
                options.Password.RequiredLength = PasswordLength.Min;
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

    public static DatabaseProvider DatabaseProviderOf(IConfiguration configuration) => configuration["Database:Provider"] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var name when Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider) => provider,
        var name => throw new DatabaseStartupException($"Database:Provider '{name}' is not known; use Sqlite (the default) or PostgreSQL."),
    };
}
