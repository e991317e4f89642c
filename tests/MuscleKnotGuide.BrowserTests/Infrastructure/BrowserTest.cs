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

    public virtual async ValueTask InitializeAsync()
    {
        BrowserApp.RequireBrowser();
        _context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = Viewport,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        _context.SetDefaultTimeout(15_000);
        _page = await _context.NewPageAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}
