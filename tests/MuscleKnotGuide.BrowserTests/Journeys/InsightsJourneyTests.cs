using System.Text.RegularExpressions;
using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Journeys;

/// <summary>A month of check-ins turned into a picture, and a warning sign that must never go unanswered.</summary>
public sealed class InsightsJourneyTests(BrowserApp app) : BrowserTest(app)
{
    private const string EmergencyHeading = "Call emergency services or go to an emergency department now";

    [Fact]
    public async Task A_month_of_check_ins_shows_a_chart_and_30_days_and_an_emergency_symptom_brings_the_seek_care_advice()
    {
        await Page.RegisterAsync();
        await Page.ImportCheckInsAsync(30);

        await Page.OpenAsync("/insights");
        var chart = Page.Locator("figure.pain-chart svg.pain-chart-svg");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(chart.Locator("circle[data-day]")).ToHaveCountAsync(30);
        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("pain", RegexOptions.IgnoreCase) })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("table.trend-table tbody tr")).ToHaveCountAsync(30);
        await Assertions.Expect(Advice()).ToHaveCountAsync(0);

        await Page.OpenAsync("/checkins");
        await Page.Locator(".checkin-actions").GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await Page.OpenDetailsAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Signs that need emergency help" }).GetByLabel("Chest pain").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        await Assertions.Expect(Advice()).ToBeVisibleAsync();

        await Page.OpenAsync("/insights");
        await Assertions.Expect(Advice()).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new() { Name = "When to get help" })).ToContainTextAsync("Chest pain");
        await Assertions.Expect(Page.Locator("table.trend-table tbody tr")).ToHaveCountAsync(30);
        await Page.SaveScreenshotAsync("journey-insights-with-emergency-advice");
    }

    private ILocator Advice() =>
        Page.GetByRole(AriaRole.Region, new() { Name = "When to get help" }).GetByRole(AriaRole.Heading, new() { Name = EmergencyHeading });
}
