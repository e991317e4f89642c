using System.Text.RegularExpressions;
using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Journeys;

/// <summary>Someone keeping the diary: a first check-in, a change of mind, and their diary locked away after signing out.</summary>
public sealed class CheckInJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_person_registers_logs_today_edits_the_pain_and_after_signing_out_the_diary_asks_them_to_sign_in()
    {
        var email = await Page.RegisterAsync();
        await Page.SignOutAsync();
        await Page.SignInAsync(email);
        await Page.ExpectSignedInAsync();

        await Nav("Check-ins").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "No check-ins yet" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log today's check-in" }).First.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Pain today, "));

        await Page.PainChoice(6).CheckAsync();
        await Page.OpenDetailsAsync();
        await Page.MethodTick("Stretching").CheckAsync();
        await Page.MethodTick("Heat therapy").CheckAsync();
        // checkin-form.js opens a method's details once it is ticked; without it they open by hand.
        var details = HeatTherapyRow().Locator("details");
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }

        await HeatTherapyRow().GetByLabel("How did it help?").SelectOptionAsync(new SelectOptionValue { Label = "Helped a lot" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        var rows = Page.Locator(".checkin-list > li");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Locator(".pain-badge")).ToHaveTextAsync("Pain 6/10 out of 10, moderate");
        await Assertions.Expect(rows.Locator(".checkin-methods")).ToHaveTextAsync(new Regex(@"Tried:\s*Stretching, Heat therapy"));

        await Page.Locator(".checkin-actions").GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await Assertions.Expect(Page.PainChoice(6)).ToBeCheckedAsync();
        await Assertions.Expect(HeatTherapyRow().GetByLabel("How did it help?")).ToHaveValueAsync("HelpedALot");
        await Page.PainChoice(5).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Locator(".pain-badge")).ToHaveTextAsync("Pain 5/10 out of 10, moderate");
        await Assertions.Expect(rows.Locator(".checkin-methods")).ToContainTextAsync("Heat therapy");

        await Page.SignOutAsync();
        await Page.OpenAsync("/checkins");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/account/login\?ReturnUrl=%2Fcheckins$", RegexOptions.IgnoreCase));
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".checkin-list")).ToHaveCountAsync(0);
    }

    private ILocator Nav(string name) =>
        Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private ILocator HeatTherapyRow() => Page.Locator("[data-method-row]").Filter(new() { Has = Page.MethodTick("Heat therapy") });
}
