using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Finish;

public sealed class PhoneNavigationTests(BrowserApp app) : BrowserTest(app)
{
    protected override ViewportSize Viewport => Viewports.Phone;

    private ILocator MainNav => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    [Fact]
    public async Task On_a_phone_the_header_is_one_row_with_a_menu_button_that_opens_without_javascript_and_marks_the_current_page()
    {
        await Page.RegisterAsync();
        await Page.OpenAsync("/insights");

        var header = await Page.Locator(".site-header").BoundingBoxAsync();
        header!.Height.Should().BeLessThan(80, "the brand and the menu button share one row");
        var menu = MainNav.Locator("summary");
        await Assertions.Expect(menu).ToBeVisibleAsync();
        var brand = await Page.Locator(".brand").BoundingBoxAsync();
        var button = await menu.BoundingBoxAsync();
        Math.Abs((brand!.Y + (brand.Height / 2)) - (button!.Y + (button.Height / 2))).Should().BeLessThan(12, "same row");
        await Assertions.Expect(MainNav.GetByRole(AriaRole.Link, new() { Name = "Check-ins" })).ToHaveCountAsync(0);

        await menu.ClickAsync();

        var current = MainNav.GetByRole(AriaRole.Link, new() { Name = "Insights", Exact = true });
        await Assertions.Expect(current).ToBeVisibleAsync();
        await Assertions.Expect(current).ToHaveAttributeAsync("aria-current", "page");
        (await current.EvaluateAsync<string>("a => getComputedStyle(a).fontWeight")).Should().Be("700", "bold, not colour alone");
        (await current.EvaluateAsync<string>("a => getComputedStyle(a).borderBottomStyle")).Should().Be("solid");
        await Assertions.Expect(MainNav.GetByRole(AriaRole.Link, new() { Name = "Check-ins" })).Not.ToHaveAttributeAsync("aria-current", "page");
        await Page.SaveScreenshotAsync("menu-open");
        await Page.ExpectNoAxeViolationsAsync();

        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Check-ins" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/checkins$"));
    }

    [Fact]
    public async Task A_visitor_on_a_phone_gets_the_menu_button_too_and_guides_are_marked_current_on_a_guide()
    {
        await Page.OpenAsync("/guides/stretching");
        await MainNav.Locator("summary").ClickAsync();

        await Assertions.Expect(MainNav.GetByRole(AriaRole.Link, new() { Name = "Guides" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(MainNav.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}

public sealed class WideNavigationTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task On_a_wide_screen_every_link_is_in_one_row_and_the_current_one_is_marked()
    {
        await Page.RegisterAsync();
        await Page.OpenAsync("/plan");
        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await Assertions.Expect(nav.Locator("summary")).ToBeHiddenAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Plan" })).ToHaveAttributeAsync("aria-current", "page");
        var tops = await nav.GetByRole(AriaRole.Link).EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().top)");
        tops.Distinct().Should().ContainSingle("one row");
    }
}
