using MuscleKnotGuide.Web;
using MuscleKnotGuide.Web.Caching;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Security;
using Serilog;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Run from the build output outside Development (tests, a local Production try-out), the compressed CSS
    // and JS live beside the build, not in wwwroot: without this they are served empty. Published, it does nothing.
    builder.WebHost.UseStaticWebAssets();
    builder.AddAppLogging();

    // AddPages comes first: AddRazorPages registers the options setup that gives RazorPagesOptions a new, empty
    // Conventions collection, and options setups run in the order they were registered, so the page conventions
    // that AddCaching (output-cache policies) and AddAppSecurity (the sign-in list, rate limits, filters) add would
    // be thrown away if registered before it. AddAppSecurity also comes after AddData, so it adjusts the sign-in
    // cookie and password rules that AddIdentity sets up rather than being overwritten by them.
    builder.Services
        .AddPages()
        .AddPublicAddress(builder.Configuration)
        .AddGuides(builder.Configuration, builder.Environment)
        .AddData(builder.Configuration, builder.Environment)
        .AddCaching(builder.Configuration)
        .AddAppSecurity(builder.Configuration, builder.Environment);

    var app = builder.Build();

    // The guides load before the server takes requests (invalid content stops the app at once).
    _ = app.Services.GetRequiredService<GuideCatalog>();

    // First: everything after it (rate limits, HTTPS, cookies, logs) sees the real client, from trusted proxies only.
    app.UseTrustedProxies();

    // So every response, error pages included, carries the security headers.
    app.UseSecurityHeaders();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error");
    }

    // Logged before status pages re-execute, so each request is one line with its real path.
    // With this app's own logger: Serilog's default is the process-wide one, which another host replaces.
    app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
    app.UseStatusCodePagesWithReExecute("/status/{0}");

    // Inside the request log and the status pages: a request the client gave up on is one line with status 499,
    // not a 500 at Error (or a 400 from a torn form), and no error page is rendered for nobody.
    app.UseMiddleware<AbortedRequests>();

    // After the status pages (a refused request shows the friendly page), before anything reads a cookie or a form.
    app.UseHttpsRequirement();
    app.UseGuideImages();
    app.UseDatabaseGate();
    app.UseRouting();
    app.UseAuthentication();

    // After routing and authentication: these depend on the page asked for and on who asks.
    app.UseMiddleware<RequestSizeGuard>();

    // A browser whose sign-in ended elsewhere is sent to sign in before antiforgery or a page sees its write.
    app.UseMiddleware<EndedSignIn>();
    app.UseRateLimiter();
    app.UseMiddleware<NoStoreForSignedIn>();
    app.UseAuthorization();

    // After authentication (the cache must know who is signed in), before the endpoints.
    app.UseCaching();

    app.MapHealth();
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();

    await app.StartAsync();

    // The database is prepared once the server listens, in the background: on a small server the work of
    // start-up and the first page no longer share the cores with it (cold start 1.73 -> 1.46 s, README
    // "Benchmark"). Requests that may need it wait at the gate until then. Not cancelled by a shutdown: a
    // migration is better finished than torn.
    try
    {
        await app.Services.GetRequiredService<DatabaseWarmUp>().Begin(app.Services, CancellationToken.None);
    }
    catch (DatabaseStartupException)
    {
        await app.StopAsync();
        throw;
    }

    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (ex is GuideContentException or DatabaseStartupException or StartupSettingException)
{
    // One clear line for the person starting the app, not a stack trace.
    using var console = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
    console.Fatal("MuscleKnotGuide cannot start: {Problem}", ex.Message);
    return 1;
}
