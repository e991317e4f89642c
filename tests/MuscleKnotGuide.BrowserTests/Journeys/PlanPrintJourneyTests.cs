using System.Text.RegularExpressions;
using MuscleKnotGuide.BrowserTests.Infrastructure;
using UglyToad.PdfPig;

namespace MuscleKnotGuide.BrowserTests.Journeys;

/// <summary>A visitor builds a two-week plan with every method and prints it for the fridge door.</summary>
public sealed class PlanPrintJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Theory]
    [InlineData(14)]
    [InlineData(28)]
    public async Task A_plan_with_all_five_methods_prints_on_at_most_two_pages_of_A4_and_of_Letter(int days)
    {
        await Page.BuildPlanWithEveryMethodAsync(lengthDays: days);
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/plan/print\?"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My self-care plan");
        await Assertions.Expect(Page.Locator(".tracking-grid tbody tr")).ToHaveCountAsync(days);
        // One box per planned session: massage once, stretching and heat twice, foam rolling once, medication if needed.
        await Assertions.Expect(Page.Locator(".tracking-grid tbody tr").First.Locator(".tick-box")).ToHaveCountAsync(1 + 2 + 2 + 1 + 1);
        await Assertions.Expect(Page.Locator(".method-pictures img")).ToHaveCountAsync(4 + 3 + 2 + 1);

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Plan actions" })).ToBeHiddenAsync();

        await ExpectTwoPagesAtMostAsync($"fridge-sheet-{days}-days");
    }

    [Theory]
    [InlineData(14)]
    [InlineData(28)]
    public async Task A_saved_plan_with_a_month_of_check_ins_prints_its_pain_chart_within_two_pages_too(int days)
    {
        await Page.RegisterAsync();
        await Page.ImportCheckInsAsync(30);
        await Page.BuildPlanWithEveryMethodAsync(lengthDays: days);
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/plan/\d+$"));

        await Page.GotoAsync(Page.Url + "/print");
        await Assertions.Expect(Page.Locator(".sheet-pain svg.pain-chart-svg")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".tracking-grid tbody tr")).ToHaveCountAsync(days);

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await ExpectTwoPagesAtMostAsync($"saved-plan-with-chart-{days}-days", "My pain over the last 14 days");
    }

    private async Task ExpectTwoPagesAtMostAsync(string? keepAs, params string[] alsoPrinted)
    {
        // Every picture loaded before printing, so the PDF shows them rather than empty boxes.
        await Page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        foreach (var (format, width, height) in new[] { ("A4", 595, 842), ("Letter", 612, 792) })
        {
            var pdf = await Page.PdfAsync(new() { Format = format, PreferCSSPageSize = false, PrintBackground = true });
            if (keepAs is not null)
            {
                // Kept beside the screenshots for a person to look at the printed pictures.
                Directory.CreateDirectory(Screenshots.Folder);
                await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, $"{keepAs}-{format}.pdf"), pdf);
            }

            using var document = PdfDocument.Open(pdf);
            TestContext.Current.TestOutputHelper?.WriteLine($"{format}: {pdf.Length} bytes, {document.NumberOfPages} pages");
            document.NumberOfPages.Should().BeInRange(1, 2, $"a plan with every method fits two sheets of {format}");
            document.GetPage(1).Width.Should().BeApproximately(width, 1);
            document.GetPage(1).Height.Should().BeApproximately(height, 1);
            // Crisp in black and white: the pictures stay vector drawings (dark line on white), never a bitmap.
            document.GetPages().SelectMany(p => p.GetImages()).Should().BeEmpty($"the {format} sheet's pictures print as vector lines");

            var text = Regex.Replace(string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), @"\s+", " ");
            foreach (var title in Diary.MethodTitles)
            {
                text.Should().Contain(title, $"the {format} sheet explains every chosen method");
            }

            text.Should().Contain("Daily tracking").And.Contain("When to seek care");
            foreach (var heading in alsoPrinted)
            {
                text.Should().Contain(heading, $"the {format} sheet keeps every section");
            }

            text.Should().NotContain("Change this plan", "the buttons are not printed");
        }
    }
}
