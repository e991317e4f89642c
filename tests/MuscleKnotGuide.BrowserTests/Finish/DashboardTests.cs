using System.Text.RegularExpressions;
using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Finish;

public sealed class DashboardTests(BrowserApp app) : BrowserTest(app)
{
    protected override ViewportSize Viewport => Viewports.Phone;

    [Fact]
    public async Task Signed_in_home_offers_log_now_and_after_logging_says_today_is_logged()
    {
        await Page.RegisterAsync();
        await Page.OpenAsync("/");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your back today");
        var logNow = Page.GetByRole(AriaRole.Link, new() { Name = "Log now" });
        await Assertions.Expect(logNow).ToBeVisibleAsync();
        (await logNow.BoundingBoxAsync())!.Height.Should().BeGreaterThanOrEqualTo(44);

        await logNow.ClickAsync();
        await Page.PainChoice(4).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        await Page.OpenAsync("/");

        await Assertions.Expect(Page.Locator(".dashboard-today")).ToContainTextAsync("Logged.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Log now" })).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("[data-figure='run'] .figure")).ToHaveTextAsync("1 day");
    }
}

public sealed class ReportLinkTests(BrowserApp app) : BrowserTest(app)
{
    public static TheoryData<string> From => ["/", "/insights", "/checkins"];

    [Theory]
    [MemberData(nameof(From))]
    public async Task The_doctor_report_is_one_click_away(string path)
    {
        await Page.RegisterAsync();
        await Page.ImportCheckInsAsync(14);
        await Page.OpenAsync(path);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Print a summary for your doctor" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/report$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }
}
