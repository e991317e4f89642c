using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using StackExchange.Redis;

namespace MuscleKnotGuide.Web.Caching;

/// <summary>What makes the app fast, in one place; each choice is backed by a figure from the benchmark (README).</summary>
public static class CachingSetup
{
    private const string GuidesTag = "guides";

    // Pages whose whole output is a function of the guides: the same bytes for every anonymous visitor.
    private static readonly string[] GuidePages = ["/Index", "/Guides/Guide"];

    // Read-only pages that show one person's analysed diary: cached per person, evicted on every diary save.
    private static readonly string[] PersonalPages = ["/Insights/Index"];

    public static IServiceCollection AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        // With Redis every instance reads and evicts the same entries: a save through one instance evicts the
        // person's pages for all of them. Without it the store is this process's memory.
        var redis = configuration.GetConnectionString("Redis");
        if (redis is { Length: > 0 })
        {
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.ConfigurationOptions = RedisOptions(redis);
                options.InstanceName = "muscleknotguide:";
            });
            UseFailSafe(services);
        }

        var version = new ContentVersion();
        services.AddSingleton(version);
        services.AddOutputCache(options => options.AddPolicy(GuidesTag, policy => policy
            // The default policy already refuses signed-in requests and responses that set a cookie, so a
            // cached page always shows "Sign in", never someone's account. Queries change nothing on these pages.
            .SetVaryByQuery([])
            // A new version after each reload: a page rendered from the old guides can never be served again.
            .VaryByValue(_ => new KeyValuePair<string, string>("content", version.Current))
            .Expire(TimeSpan.FromMinutes(10))
            .Tag(GuidesTag)));
        services.AddSingleton<DiaryGeneration>();
        services.AddSingleton<PersonalPageCache>();
        services.AddOptions<OutputCacheOptions>().Configure<PersonalPageCache>((options, policy) => options.AddPolicy(PersonalPageCache.PolicyName, policy));
        services.AddSingleton<IInterceptor, DiaryChangeEviction>();
        services.Configure<RazorPagesOptions>(options =>
        {
            foreach (var page in GuidePages)
            {
                options.Conventions.AddPageApplicationModelConvention(page, model =>
                    model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = GuidesTag }));
            }

            // Several instances may share a PostgreSQL database, and a save evicts only its own instance's memory:
            // another instance would serve stale insights. So personal pages are cached in a shared store (Redis) or
            // on SQLite (one process), never in one instance's memory beside others (README, "Several instances").
            var sharedStore = redis is { Length: > 0 };
            var onlyInstance = DataSetup.DatabaseProviderOf(configuration) == DatabaseProvider.Sqlite;
            // The benchmark measures what a first view after a save costs with this benchmark-only setting.
            var measuringUncached = configuration.GetValue<bool>("Benchmark:NoPersonalCache");
            var personalPages = (sharedStore || onlyInstance) && !measuringUncached ? PersonalPages : [];
            foreach (var page in personalPages)
            {
                options.Conventions.AddPageApplicationModelConvention(page, model =>
                    model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PersonalPageCache.PolicyName }));
            }
        });
        return services;
    }

    // Our defaults first, so the connection string can change them: start without Redis and reconnect in the
    // background, fail at once while disconnected (rather than queue), and give up on a silent server in a second.
    private static ConfigurationOptions RedisOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse($"abortConnect=false,connectTimeout=2000,asyncTimeout=1000,syncTimeout=1000,{connectionString}");
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }

    // Losing Redis costs speed, never a page or a save (FailSafeCacheStore).
    private static void UseFailSafe(IServiceCollection services)
    {
        var redisStore = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.AddSingleton<IOutputCacheStore>(provider => new FailSafeCacheStore(
            (IOutputCacheStore)(redisStore.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!)),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<FailSafeCacheStore>>()));
    }

    /// <summary>After authentication (the cache must know who is signed in), before the endpoints.</summary>
    public static WebApplication UseCaching(this WebApplication app)
    {
        var version = app.Services.GetRequiredService<ContentVersion>();
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<GuideCatalog>().Reloaded += (_, _) =>
        {
            version.Next();
            // The in-memory store evicts synchronously; waiting keeps "reloaded" meaning "served from now on".
            store.EvictByTagAsync(GuidesTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        };
        app.UseOutputCache();

        return app;
    }

    /// <summary>Counts guide reloads, so cached pages are keyed by the content they were rendered from.</summary>
    private sealed class ContentVersion
    {
        private long _version;

        public string Current => Interlocked.Read(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public void Next() => Interlocked.Increment(ref _version);
    }
}
