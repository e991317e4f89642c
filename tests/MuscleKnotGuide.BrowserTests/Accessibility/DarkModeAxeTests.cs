using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Accessibility;

/// <summary>Every page again with the device set to dark (prefers-color-scheme: dark): axe finds nothing there either.</summary>
public sealed class DarkModeAxeTests(BrowserApp app) : BrowserTest(app)
{
    public static TheoryData<string> Pages => SitePages.Names;

    protected override ColorScheme Scheme => ColorScheme.Dark;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_21_AA_violations_in_dark_mode(string name)
    {
        await SitePages.Named(name).Open(Page);
        await Page.SaveScreenshotAsync($"{name}-dark");

        (await Page.BackgroundAsync()).Should().Be("rgb(17, 23, 25)", "the device prefers dark and nobody chose otherwise");
        await Page.ExpectNoAxeViolationsAsync();
    }
}

/// <summary>Every page at 390 px with the device set to dark: no sideways scrolling, and a screenshot to look at.</summary>
public sealed class DarkModeNarrowScreenTests(BrowserApp app) : BrowserTest(app)
{
    public static TheoryData<string> Pages => SitePages.Names;

    protected override ViewportSize Viewport => Viewports.Phone;

    protected override ColorScheme Scheme => ColorScheme.Dark;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_fits_a_390px_wide_phone_in_dark_mode(string name)
    {
        await SitePages.Named(name).Open(Page);
        await Page.SaveScreenshotAsync($"{name}-dark");

        await Page.ExpectNoSidewaysScrollAsync();
    }
}
