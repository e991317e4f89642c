using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>
/// The built app as a real Kestrel process over a temporary SQLite file, and one headless Chromium,
/// shared by every browser test in the run. Without Chromium nothing starts and each test skips (or fails on CI).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    /// <summary>
    /// How long a wait or an expectation may take. CI runs the unit tests (with their PostgreSQL, nginx and Redis) beside
    /// these on 2 cores, and at 30 s a calm page still timed out there while waiting for its load, so 60 s.
    /// </summary>
    public const float PatienceMs = 60_000;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"mkg-browser-{Guid.NewGuid():N}");
    private AppProcess? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => (_app ?? throw new InvalidOperationException(Chromium.MissingMessage)).BaseAddress;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>What the app printed so far: useful in a failure message.</summary>
    public string AppOutput => _app?.Output ?? "";

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            TestContext.Current.SendDiagnosticMessage((Chromium.IsCi ? "Failing" : "Skipping") + " the browser tests: " + Chromium.MissingMessage);
            return;
        }

        Directory.CreateDirectory(_folder);
        _app = AppProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "app.db")}",
        });
        await _app.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));

        // Belt and braces: nothing in this run may fetch a browser build.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(PatienceMs);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        TestContext.Current.SendDiagnosticMessage($"Browser tests: {Chromium.ExecutablePath} {_browser.Version}, app at {_app.BaseAddress}, screenshots in {Screenshots.Folder}");
    }

    /// <summary>Skips the calling test on a developer machine without Chromium; fails it on CI.</summary>
    public static void RequireBrowser()
    {
        if (Chromium.IsInstalled)
        {
            return;
        }

        if (Chromium.IsCi)
        {
            Assert.Fail("Browser tests must run on CI. " + Chromium.MissingMessage);
        }

        Assert.Skip(Chromium.MissingMessage);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
