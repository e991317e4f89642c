using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Finish;

public sealed class ThemeSwitchTests(BrowserApp app) : BrowserTest(app)
{
    private async Task ChooseAsync(string label)
    {
        await Page.OpenAsync("/account");
        await Page.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save colour scheme" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Colour scheme saved");
    }

    [Fact]
    public async Task Choosing_dark_on_the_account_page_makes_every_page_dark_and_passes_axe_and_light_turns_it_back()
    {
        await Page.RegisterAsync();
        await Page.ImportCheckInsAsync(20);
        (await Page.BackgroundAsync()).Should().Be(Colours.LightPaper, "the device prefers light and nothing was chosen yet");

        await ChooseAsync("Dark");
        await Page.OpenAsync("/insights");

        (await Page.Locator("html").GetAttributeAsync("data-theme")).Should().Be("dark");
        (await Page.BackgroundAsync()).Should().Be(Colours.DarkPaper);
        await Page.SaveScreenshotAsync("insights-chosen-dark");
        await Page.ExpectNoAxeViolationsAsync();

        await ChooseAsync("Light");
        await Page.OpenAsync("/insights");
        (await Page.BackgroundAsync()).Should().Be(Colours.LightPaper);
    }

    [Fact]
    public async Task The_choice_is_remembered_for_the_person_after_signing_in_again()
    {
        var email = await Page.RegisterAsync();
        await ChooseAsync("Dark");
        await Page.SignOutAsync();
        (await Page.BackgroundAsync()).Should().Be(Colours.LightPaper, "a visitor follows the device");

        await Page.SignInAsync(email, Accounts.Password);
        await Page.OpenAsync("/");
        (await Page.BackgroundAsync()).Should().Be(Colours.DarkPaper);
    }

    [Fact]
    public async Task Printing_is_light_even_when_dark_is_chosen()
    {
        await Page.RegisterAsync();
        await ChooseAsync("Dark");
        await Page.OpenAsync("/");

        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        (await Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")).Should().Be("rgb(255, 255, 255)");
    }
}
