using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Layout;

public sealed class NarrowScreenTests(BrowserApp app) : BrowserTest(app)
{
    public static TheoryData<string> Pages => SitePages.Names;

    protected override ViewportSize Viewport => Viewports.Phone;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_fits_a_390px_wide_phone_without_sideways_scrolling(string name)
    {
        await SitePages.Named(name).Open(Page);
        await Page.SaveScreenshotAsync(name);

        await Page.ExpectNoSidewaysScrollAsync();
    }
}
