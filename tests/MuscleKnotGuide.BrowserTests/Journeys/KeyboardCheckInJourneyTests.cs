using System.Globalization;
using System.Text.RegularExpressions;
using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Journeys;

/// <summary>Someone who cannot use a mouse (or does not want to, with a sore shoulder) logs a day with the keyboard alone.</summary>
public sealed class KeyboardCheckInJourneyTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task The_check_in_form_is_filled_and_sent_with_Tab_arrows_Space_and_Enter_and_every_stop_shows_its_focus()
    {
        await Page.RegisterAsync();
        await Page.OpenAsync("/checkins/new");

        // Pain: Tab into the group, arrow along the scale to 6; the visible tile is the radio's label.
        var zero = Page.PainChoice(0);
        await Page.TabToAsync(zero, maxTabs: 40);
        await zero.ExpectVisibleFocusAsync(Tile(zero));
        for (var i = 0; i < 6; i++)
        {
            await Page.Keyboard.PressAsync("ArrowRight");
        }

        var six = Page.PainChoice(6);
        await Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(six).ToBeFocusedAsync();
        await Assertions.Expect(six).ToBeCheckedAsync();
        await six.ExpectVisibleFocusAsync(Tile(six));

        // "Add details" folds open with Enter on its summary, the way a keyboard opens any <details>.
        var addDetails = Page.Locator("details.entry-details > summary");
        await Page.TabToAsync(addDetails, maxTabs: 10);
        await addDetails.ExpectVisibleFocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("details.entry-details")).ToHaveAttributeAsync("open", "");

        // A method: Tab to its box, Space ticks it.
        var stretching = Page.MethodTick("Stretching");
        await Page.TabToAsync(stretching, maxTabs: 40);
        await stretching.ExpectVisibleFocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(stretching).ToBeCheckedAsync();

        // Every further stop up to the button shows where the focus is; Enter on the button sends the form.
        var submit = Page.GetByRole(AriaRole.Button, new() { Name = "Save these details" });
        var stops = 0;
        while (!await submit.EvaluateAsync<bool>("e => e === document.activeElement"))
        {
            stops.Should().BeLessThan(60, "Tab should reach the Save button");
            await Page.Keyboard.PressAsync("Tab");
            stops++;
            var marker = stops.ToString(CultureInfo.InvariantCulture);
            await Page.EvaluateAsync("n => document.activeElement.setAttribute('data-stop', n)", marker);
            var stop = Page.Locator($"[data-stop='{marker}']");
            var isTile = await stop.EvaluateAsync<bool>("e => e.matches('.scale-option input')");
            await stop.ExpectVisibleFocusAsync(isTile ? Tile(stop) : stop);
        }

        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        var row = Page.Locator(".checkin-list > li");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".pain-badge")).ToContainTextAsync("6/10");
        await Assertions.Expect(row.Locator(".checkin-methods")).ToContainTextAsync("Stretching");
    }

    private static ILocator Tile(ILocator radio) => radio.Locator("xpath=following-sibling::label[1]");
}
