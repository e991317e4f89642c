using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Journeys;

/// <summary>Someone with a sore back, on their phone, finding their way through the guides.</summary>
public sealed class NewcomerJourneyTests(BrowserApp app) : BrowserTest(app)
{
    protected override ViewportSize Viewport => Viewports.Phone;

    [Fact]
    public async Task A_newcomer_on_a_phone_reads_the_overview_then_every_method_and_walks_them_in_order()
    {
        await Page.OpenAsync("/");
        await Assertions.Expect(H1()).ToHaveTextAsync("Ease the knots in your back, one calm step at a time");

        await Page.GetByRole(AriaRole.Link, new() { Name = "What are muscle knots?" }).ClickAsync();
        await Assertions.Expect(H1()).ToHaveTextAsync("Understanding back muscle knots");
        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(App.BaseAddress, "/guides/overview").ToString());

        // The five cards on the home page, in their order, each opening its own guide.
        await Page.OpenAsync("/");
        var cards = Page.GetByRole(AriaRole.Region, new() { Name = "Five ways to ease a knot" }).GetByRole(AriaRole.Link);
        var titles = await cards.AllInnerTextsAsync();
        titles.Should().Equal("Massage therapy", "Stretching", "Heat therapy", "Foam rolling", "Over-the-counter pain medication");
        for (var i = 0; i < titles.Count; i++)
        {
            await Page.OpenAsync("/");
            await cards.Nth(i).ClickAsync();
            await Assertions.Expect(H1()).ToHaveTextAsync(titles[i]);
            await Assertions.Expect(Page.GetByText($"Method {i + 1} of 5")).ToBeVisibleAsync();
        }

        await Page.SaveScreenshotAsync("journey-last-method");

        // Back from the last method to the first with "Previous", then forward again with "Next".
        for (var i = titles.Count - 2; i >= 0; i--)
        {
            await Pager().GetByRole(AriaRole.Link, new() { Name = $"Previous method {titles[i]}" }).ClickAsync();
            await Assertions.Expect(H1()).ToHaveTextAsync(titles[i]);
        }

        await Assertions.Expect(Pager().GetByRole(AriaRole.Link, new() { Name = "Previous method" })).ToHaveCountAsync(0);
        for (var i = 1; i < titles.Count; i++)
        {
            await Pager().GetByRole(AriaRole.Link, new() { Name = $"Next method {titles[i]}" }).ClickAsync();
            await Assertions.Expect(H1()).ToHaveTextAsync(titles[i]);
            await Assertions.Expect(Page.GetByText($"Method {i + 1} of 5")).ToBeVisibleAsync();
        }

        await Assertions.Expect(Pager().GetByRole(AriaRole.Link, new() { Name = "Next method" })).ToHaveCountAsync(0);
    }

    private ILocator H1() => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private ILocator Pager() => Page.GetByRole(AriaRole.Navigation, new() { Name = "Other methods" });
}
