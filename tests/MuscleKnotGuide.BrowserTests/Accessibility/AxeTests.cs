using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Accessibility;

public sealed class AxeTests(BrowserApp app) : BrowserTest(app)
{
    public static TheoryData<string> Pages => SitePages.Names;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_21_AA_violations_found_by_axe(string name)
    {
        await SitePages.Named(name).Open(Page);
        await Page.SaveScreenshotAsync(name);

        await Page.ExpectNoAxeViolationsAsync();
    }
}
