using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Finish;

/// <summary>The range of a day's entries on the insights chart, on a phone, in both schemes and on paper.</summary>
public sealed class ChartRangeBandTests(BrowserApp app) : BrowserTest(app)
{
    protected override ViewportSize Viewport => Viewports.Phone;

    private ILocator Band => Page.Locator("svg.pain-chart-svg .chart-ranges rect");

    private Task<string> BandFillAsync() => Band.EvaluateAsync<string>("r => getComputedStyle(r).fill");

    [Fact]
    public async Task A_day_with_three_entries_shows_its_range_on_a_phone_in_light_dark_and_print()
    {
        await Page.RegisterAsync();
        await Page.ImportCheckInsAsync(20);
        // Today's imported entry is 3; two more through the form make today's range 2-9.
        await Page.LogCheckInAsync(2);
        await Page.LogCheckInAsync(9);

        await Page.OpenAsync("/insights");

        await Assertions.Expect(Band).ToHaveCountAsync(1);
        await Assertions.Expect(Band).ToHaveAttributeAsync("data-best", "2");
        await Assertions.Expect(Band).ToHaveAttributeAsync("data-worst", "9");
        var band = await Band.BoundingBoxAsync();
        var chart = await Page.Locator("svg.pain-chart-svg").BoundingBoxAsync();
        band!.Height.Should().BeGreaterThan(60, "7 points of a 280-unit plot drawn at about 0.9 of its size on a 390 px phone");
        band.Width.Should().BeGreaterThan(2);
        (band.X + band.Width).Should().BeLessThanOrEqualTo(chart!.X + chart.Width);
        await Assertions.Expect(Page.Locator(".chart-key .key-range-item")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".chart-key .key-range-item")).ToContainTextAsync("Lowest to highest of the day's entries");
        (await BandFillAsync()).Should().Be("rgb(79, 96, 105)");
        await Page.ExpectNoSidewaysScrollAsync();
        // The SVG scales down on a phone: each label's font size times that scale is what a person reads.
        var smallestLabel = await Page.EvaluateAsync<double>("""
            () => {
              const svg = document.querySelector('svg.pain-chart-svg');
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return Math.min(...[...svg.querySelectorAll('.chart-labels text')]
                .filter(t => getComputedStyle(t).display !== 'none')
                .map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
            }
            """);
        smallestLabel.Should().BeGreaterThanOrEqualTo(12, "chart labels stay legible on a 390 px phone");
        await Page.SaveScreenshotAsync("insights-range-band");

        await Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        (await BandFillAsync()).Should().Be("rgb(201, 212, 218)", "the dark scheme's --chart-range");
        await Page.ExpectNoAxeViolationsAsync();
        await Page.SaveScreenshotAsync("insights-range-band-dark");

        await Page.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = ColorScheme.Dark });
        (await BandFillAsync()).Should().Be("rgb(79, 96, 105)", "paper is always light");

        await Page.EmulateMediaAsync(new() { Media = Media.Screen, ColorScheme = ColorScheme.Light });
        await Page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);
        await Page.ExpectNoAxeViolationsAsync();
        await Page.SaveScreenshotAsync("insights-range-band");
    }
}
