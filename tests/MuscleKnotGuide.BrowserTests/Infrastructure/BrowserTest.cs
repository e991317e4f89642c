namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>
/// Base for every browser test: a fresh browser context (its own cookies) and one page per test,
/// addressed relative to the shared app. Override <see cref="Viewport"/> for a phone-sized test class.
/// </summary>
public abstract class BrowserTest(BrowserApp app) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;

    protected BrowserApp App => app;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is opened in InitializeAsync.");

    protected virtual ViewportSize Viewport => Viewports.Desktop;

    /// <summary>The colour scheme the browser reports (prefers-color-scheme); override for dark-mode tests.</summary>
    protected virtual ColorScheme Scheme => ColorScheme.Light;

    public virtual async ValueTask InitializeAsync()
    {
        BrowserApp.RequireBrowser();
        _context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = Viewport,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ColorScheme = Scheme,
        });
        _context.SetDefaultTimeout(BrowserApp.PatienceMs);
        _page = await _context.NewPageAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        // What the page showed when a test failed is the quickest clue, especially on CI.
        if (_page is not null && TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            var test = TestContext.Current.TestMethod?.MethodName ?? "test";
            await _page.SaveScreenshotAsync($"FAILED-{GetType().Name}-{test}");
        }

        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}
