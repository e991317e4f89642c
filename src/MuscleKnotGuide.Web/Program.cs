using MuscleKnotGuide.Web;
using MuscleKnotGuide.Web.Diary;
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
    builder.Services
        .AddGuides(builder.Configuration, builder.Environment)
        .AddDiary(builder.Configuration, builder.Environment)
        .AddWebUi()
        .AddAppSecurity(builder.Configuration, builder.Environment);

    var app = builder.Build();
    var databaseReady = app.PrepareAsync();
    app.UseTrustedProxies();
    app.UseAppSecurity();
    app.UseWebUi();
    await app.StartAsync();
    try
    {
        await databaseReady;
    }
    catch (DatabaseStartupException)
    {
        await app.StopAsync();
        throw;
    }

    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (ex is GuideContentException or DatabaseStartupException)
{
    // One clear line for the person starting the app, not a stack trace.
    using var console = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
    console.Fatal("MuscleKnotGuide cannot start: {Problem}", ex.Message);
    return 1;
}
