using System.Text.RegularExpressions;
using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Journeys;

/// <summary>Someone on a phone who has just stretched logs it from the guide: pain before, pain now, Save.</summary>
public sealed class JustDidJourneyTests(BrowserApp app) : BrowserTest(app)
{
    protected override ViewportSize Viewport => Viewports.Phone;

    private ILocator JustDid => Page.GetByRole(AriaRole.Region, new() { Name = "I just did this" });

    [Fact]
    public async Task Two_taps_and_save_on_the_guide_keep_the_try_as_an_entry_with_pain_before_and_after()
    {
        await Page.RegisterAsync();
        await Page.OpenAsync("/guides/stretching");
        await Page.ExpectNoAxeViolationsAsync();
        await Page.ExpectNoSidewaysScrollAsync();

        // A tap on the chip (its label), as a finger would.
        await JustDid.GetByRole(AriaRole.Group, new() { Name = "Pain before" }).GetByText("6", new() { Exact = true }).ClickAsync();
        await JustDid.GetByRole(AriaRole.Group, new() { Name = "Pain now" }).GetByText("4", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(JustDid.GetByRole(AriaRole.Group, new() { Name = "Pain now" }).GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true })).ToBeCheckedAsync();
        await Page.SaveScreenshotAsync("just-did-chosen");
        await JustDid.GetByRole(AriaRole.Button, new() { Name = "Save to my diary" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"Saved to your diary: Stretching at \d\d:\d\d, pain 6 → 4\."));
        await Page.ExpectNoAxeViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "View the day" }).ClickAsync();

        var entry = Page.Locator(".checkin-row").Filter(new() { HasText = "Stretching" });
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await Assertions.Expect(entry.Locator(".pain-badge")).ToContainTextAsync("4");
        await entry.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        var row = Page.Locator("[data-method-row]").Filter(new() { Has = Page.MethodTick("Stretching") });
        await Assertions.Expect(row.GetByLabel("Pain before")).ToHaveValueAsync("6");
        await Assertions.Expect(row.GetByLabel("Pain after")).ToHaveValueAsync("4");
    }

    [Fact]
    public async Task Pain_now_must_be_chosen_before_the_try_can_be_saved()
    {
        await Page.RegisterAsync();
        await Page.OpenAsync("/guides/foam-rolling");

        await JustDid.GetByRole(AriaRole.Button, new() { Name = "Save to my diary" }).ClickAsync();

        // The browser's own required check stops the post; nothing leaves the page.
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/guides/foam-rolling$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_visitor_is_offered_to_sign_in_and_comes_back_to_the_guide()
    {
        await Page.OpenAsync("/guides/heat-therapy");

        await Assertions.Expect(JustDid.Locator("form")).ToHaveCountAsync(0);
        await JustDid.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/account/login\?ReturnUrl=%2Fguides%2Fheat-therapy$"));
    }
}
