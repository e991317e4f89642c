using MuscleKnotGuide.BrowserTests.Infrastructure;
using UglyToad.PdfPig;

namespace MuscleKnotGuide.BrowserTests.Print;

public sealed class PrintTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_printed_guide_leaves_out_the_site_header_and_navigation()
    {
        await Page.OpenAsync("/guides/stretching");
        var header = Page.Locator(".site-header");
        var pager = Page.GetByRole(AriaRole.Navigation, new() { Name = "Other methods" });
        await Assertions.Expect(header).ToBeVisibleAsync();
        await Assertions.Expect(pager).ToBeVisibleAsync();

        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(header).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeHiddenAsync();
        await Assertions.Expect(pager).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Cautions" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("A4", 595, 842)]
    [InlineData("Letter", 612, 792)]
    public async Task A_guide_prints_to_a_readable_pdf_on_the_paper_size(string format, int widthPoints, int heightPoints)
    {
        await Page.OpenAsync("/guides/heat-therapy");

        var pdf = await Page.PdfAsync(new() { Format = format, PrintBackground = true });

        pdf.Should().NotBeEmpty();
        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.Should().BeInRange(1, 6, "a guide is a few printed pages, not one per screen");
        var first = document.GetPage(1);
        first.Width.Should().BeApproximately(widthPoints, 1);
        first.Height.Should().BeApproximately(heightPoints, 1);

        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        text.Should().Contain("Heat").And.Contain("Cautions");
        text.Should().NotContain("Skip to main content").And.NotContain("Register", "the site navigation is not printed");
        TestContext.Current.TestOutputHelper?.WriteLine($"{format}: {pdf.Length} bytes, {document.NumberOfPages} pages");
    }
}
