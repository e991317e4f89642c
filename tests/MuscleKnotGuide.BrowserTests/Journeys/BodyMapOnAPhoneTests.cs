using System.Text.RegularExpressions;
using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Journeys;

/// <summary>The diary on a 390 px phone: several entries a day, the body map by pointer and by keyboard, and tap counts.</summary>
public sealed class BodyMapOnAPhoneTests(BrowserApp app) : BrowserTest(app)
{
    protected override ViewportSize Viewport => Viewports.Phone;

    private ILocator Region(string name) => Page.Locator($"svg[data-body-map] [data-area='{name}']");

    private ILocator Box(string label) => Page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });

    private ILocator Save => Page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" });

    [Fact]
    public async Task Two_entries_logged_on_one_day_both_show_in_history_under_that_day()
    {
        await Page.RegisterAsync();

        foreach (var (time, pain) in new[] { ("08:10", 6), ("19:30", 3) })
        {
            await Page.OpenAsync("/checkins/new");
            await Page.GetByLabel("Time").FillAsync(time);
            await Page.PainChoice(pain).CheckAsync();
            await Save.ClickAsync();
            await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        }

        var day = Page.Locator(".checkin-day-group");
        await Assertions.Expect(day).ToHaveCountAsync(1);
        await Assertions.Expect(day.Locator(".checkin-time")).ToHaveTextAsync(["19:30", "08:10"]);
        await Assertions.Expect(day.Locator(".pain-badge")).ToHaveTextAsync([new Regex("^Pain 3/10"), new Regex("^Pain 6/10")]);
        await Assertions.Expect(day.Locator("h2 .day-figures")).ToContainTextAsync("day's pain 5, highest 6");
        await Page.ExpectNoSidewaysScrollAsync();
    }

    [Fact]
    public async Task Tapping_the_picture_ticks_the_box_and_the_keyboard_on_the_box_shades_the_picture()
    {
        await Page.RegisterAsync();
        await Page.OpenAsync("/checkins/new");
        await Page.PainChoice(4).CheckAsync();
        await Page.OpenDetailsAsync();

        // Pointer: a tap on the left shoulder of the picture ticks "Shoulder, left"; a second tap unticks it.
        await Region("ShoulderLeft").ClickAsync();
        await Assertions.Expect(Box("Shoulder, left")).ToBeCheckedAsync();
        await Assertions.Expect(Region("ShoulderLeft")).ToHaveClassAsync(new Regex(@"\bis-marked\b"));
        await Region("ShoulderLeft").ClickAsync();
        await Assertions.Expect(Box("Shoulder, left")).Not.ToBeCheckedAsync();
        await Assertions.Expect(Region("ShoulderLeft")).Not.ToHaveClassAsync(new Regex(@"\bis-marked\b"));
        await Region("BetweenShoulderBlades").ClickAsync();
        await Assertions.Expect(Box("Between the shoulder blades")).ToBeCheckedAsync();

        // Keyboard: Space on the focused box shades its region; a leg brings the leg warning questions forward.
        await Box("Thigh, right").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(Box("Thigh, right")).ToBeCheckedAsync();
        await Assertions.Expect(Region("ThighRight")).ToHaveClassAsync(new Regex(@"\bis-marked\b"));
        await Assertions.Expect(Page.Locator("[data-leg-hint]")).ToHaveClassAsync(new Regex(@"\bis-prompted\b"));
        await Page.Keyboard.PressAsync("Shift+Tab");
        await Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(Box("Thigh, left")).ToBeCheckedAsync();
        await Assertions.Expect(Region("ThighLeft")).ToHaveClassAsync(new Regex(@"\bis-marked\b"));

        await Page.ExpectNoAxeViolationsAsync();
        await Page.ExpectNoSidewaysScrollAsync();
        await Page.SaveScreenshotAsync("body-map-phone");

        await Save.First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        var entry = Page.Locator(".checkin-row").First;
        await Assertions.Expect(entry.Locator(".checkin-areas p")).ToHaveTextAsync("Where it hurt: Between the shoulder blades; Thigh, left; Thigh, right");
        await Assertions.Expect(entry.Locator("svg .region.is-marked")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task A_minimal_entry_takes_two_taps_and_a_full_one_at_most_fifteen_plus_typing()
    {
        await Page.RegisterAsync();

        // Minimal: the pain and Save, both on the first screen.
        var taps = 0;
        await Page.OpenAsync("/checkins/new");
        await Page.PainChoice(5).ClickAsync(); taps++;
        (await Save.First.BoundingBoxAsync())!.Y.Should().BeLessThan(Viewports.Phone.Height - 44, "Save is on the first screen");
        await Save.First.ClickAsync(); taps++;
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        taps.Should().Be(2);

        // Full: areas, stiffness, two methods with minutes and before / after, a note.
        taps = 0;
        await Page.OpenAsync("/checkins/new");
        await Page.PainChoice(6).ClickAsync(); taps++;
        await Page.Locator("details.entry-details > summary").ClickAsync(); taps++;
        await Region("LowerLeft").ClickAsync(); taps++;
        await Region("ButtockLeft").ClickAsync(); taps++;
        await Page.Locator("#Form_Stiffness_4").ClickAsync(); taps++;
        foreach (var method in new[] { "Stretching", "Heat therapy" })
        {
            await Page.MethodTick(method).ClickAsync(); taps++;
            var row = Page.Locator("[data-method-row]").Filter(new() { Has = Page.MethodTick(method) });
            await Assertions.Expect(row.Locator("details")).ToHaveAttributeAsync("open", "", new() { Timeout = 5000 });
            foreach (var (label, value) in new[] { ("Minutes", "15"), ("Pain before", "6"), ("Pain after", "4") })
            {
                await row.GetByLabel(label).ClickAsync(); taps++;
                await Page.Keyboard.TypeAsync(value);
            }
        }

        await Page.GetByLabel("Notes").ClickAsync(); taps++;
        await Page.Keyboard.TypeAsync("Long drive yesterday.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save these details" }).ClickAsync(); taps++;

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/checkins$"));
        var entry = Page.Locator(".checkin-row").First;
        await Assertions.Expect(entry.Locator(".checkin-areas p")).ToHaveTextAsync("Where it hurt: Lower back, left; Buttock or hip, left");
        await Assertions.Expect(entry.Locator(".checkin-methods")).ToContainTextAsync("Stretching, Heat therapy");
        taps.Should().Be(15, "1 pain + 1 Add details + 2 regions + 1 stiffness + 2 × (1 tick + 3 fields) + 1 notes + 1 Save");
    }
}
