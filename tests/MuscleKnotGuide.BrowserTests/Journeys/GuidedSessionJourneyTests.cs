using System.Text.RegularExpressions;
using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Journeys;

/// <summary>
/// Someone on a phone following a guided session. Playwright's clock drives the timers, so a minute's hold
/// passes at once and the test proves the countdown follows elapsed time.
/// </summary>
public sealed class GuidedSessionJourneyTests(BrowserApp app) : BrowserTest(app)
{
    protected override ViewportSize Viewport => Viewports.Phone;

    private ILocator Count => Page.Locator("#session-count");

    private ILocator Timer => Page.GetByRole(AriaRole.Timer);

    private static readonly DateTime Morning = new(2026, 11, 20, 8, 0, 0, DateTimeKind.Local);

    // The browser's clock is installed before the page loads, then paused once it has: after InstallAsync alone time
    // still flows with the real clock, and on a busy machine most of a second passed between two steps of the test.
    private async Task InstallTheClockAsync() => await Page.Clock.InstallAsync(new() { TimeDate = Morning });

    private async Task PauseTheClockAsync() => await Page.Clock.PauseAtAsync(Morning.AddMinutes(5));

    [Fact]
    public async Task A_signed_in_person_follows_the_stretching_session_and_finds_it_in_the_diary_with_pain_before_and_after()
    {
        await Page.RegisterAsync();
        await InstallTheClockAsync();
        await Page.OpenAsync("/guides/stretching");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Start a guided session" }).ClickAsync();
        await PauseTheClockAsync();

        await Assertions.Expect(Page.Locator("ol.session-steps")).ToBeHiddenAsync();
        await Page.GetByLabel("Your pain right now").SelectOptionAsync("6");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        await Assertions.Expect(Count).ToHaveTextAsync("Step 1 of 5");
        await Assertions.Expect(Timer).ToHaveTextAsync("0:10");
        await Assertions.Expect(Page.Locator("#session-picture")).ToHaveAttributeAsync("alt", new Regex("lets the belly sink"));
        await Page.Clock.RunForAsync(4_000);
        await Assertions.Expect(Timer).ToHaveTextAsync("0:06");
        (await Page.Locator("#session-progress").EvaluateAsync<double>("p => p.value")).Should().BeApproximately(0.4, 0.05);

        await Page.Clock.RunForAsync(6_000);
        await Assertions.Expect(Count).ToHaveTextAsync("Step 2 of 5");
        await Assertions.Expect(Timer).ToHaveTextAsync("1:00");
        await Assertions.Expect(Page.Locator("#session-picture")).ToHaveAttributeAsync("alt", new Regex("rounds the back up"));

        // Paused, time passes but the hold does not.
        await Page.Clock.RunForAsync(5_000);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Page.Clock.RunForAsync(120_000);
        await Assertions.Expect(Timer).ToHaveTextAsync("0:55");
        await Assertions.Expect(Page.GetByText("Paused", new() { Exact = true })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Page.Clock.RunForAsync(55_000);
        await Assertions.Expect(Count).ToHaveTextAsync("Step 3 of 5");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await Assertions.Expect(Count).ToHaveTextAsync("Step 2 of 5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skip" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skip" }).ClickAsync();
        await Assertions.Expect(Count).ToHaveTextAsync("Step 4 of 5");
        await Assertions.Expect(Page.Locator(".session-now")).ToContainTextAsync("Spinal twist");
        await Page.Clock.RunForAsync(30_000);
        await Assertions.Expect(Count).ToHaveTextAsync("Step 5 of 5");
        await Page.Clock.RunForAsync(30_000);

        var finished = Page.GetByRole(AriaRole.Heading, new() { Name = "Session finished: how is your pain now?" });
        await Assertions.Expect(finished).ToBeFocusedAsync();
        await Assertions.Expect(Page.Locator("#session-player")).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByLabel("Pain before you started")).ToHaveValueAsync("6");
        // Active time only: 10 s + 60 s + 30 s + 30 s, the two paused minutes left out.
        await Assertions.Expect(Page.GetByLabel("Minutes")).ToHaveValueAsync("2");
        await Page.GetByLabel("Your pain now, 0 to 10", new() { Exact = true }).SelectOptionAsync("3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save to my diary" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"Saved to your diary: Stretching at \d\d:\d\d, 2 minutes, pain 6 → 3\."));
        await Page.GetByRole(AriaRole.Link, new() { Name = "View the day" }).ClickAsync();

        // The session is an entry of its own on today's list, its pain level the pain after.
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/checkins#day-\d{4}-\d\d-\d\d$"));
        var entry = Page.Locator(".checkin-row").Filter(new() { HasText = "Stretching" });
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await Assertions.Expect(entry.Locator(".pain-badge")).ToContainTextAsync("3");
        await entry.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Assertions.Expect(Page.MethodTick("Stretching")).ToBeCheckedAsync();
        var row = Page.Locator("[data-method-row]").Filter(new() { Has = Page.MethodTick("Stretching") });
        await Assertions.Expect(row.GetByLabel("Minutes")).ToHaveValueAsync("2");
        await Assertions.Expect(row.GetByLabel("Pain before")).ToHaveValueAsync("6");
        await Assertions.Expect(row.GetByLabel("Pain after")).ToHaveValueAsync("3");
        await Assertions.Expect(Page.PainChoice(3)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task A_visitor_finishes_the_heat_timer_and_is_offered_to_sign_in_to_keep_it()
    {
        await InstallTheClockAsync();
        await Page.OpenAsync("/guides/heat-therapy/session");
        await PauseTheClockAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        await Assertions.Expect(Count).ToHaveTextAsync("Step 1 of 1");
        await Assertions.Expect(Timer).ToHaveTextAsync("15:00");
        await Page.Clock.RunForAsync(14 * 60_000);
        await Assertions.Expect(Timer).ToHaveTextAsync("1:00");
        await Page.Clock.RunForAsync(60_000);

        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in to keep it" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("form#session-log")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_session_page_passes_axe_at_phone_width_before_during_and_after_a_session()
    {
        await Page.RegisterAsync();
        // Not paused: axe waits on the page's own timers.
        await Page.Clock.InstallAsync();
        await Page.OpenAsync("/guides/foam-rolling/session");
        await Page.ExpectNoAxeViolationsAsync();
        await Page.ExpectNoSidewaysScrollAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await Assertions.Expect(Count).ToHaveTextAsync("Step 1 of 4");
        // Paused with the session's own button: the browser's clock flows in real time here, and on a slow machine
        // the axe checks took long enough for the holds to run out and the Skip button to go with them.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Paused", new() { Exact = true })).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync("guided-session-step");
        await Page.ExpectNoAxeViolationsAsync();
        await Page.ExpectNoSidewaysScrollAsync();

        for (var i = 0; i < 4; i++)
        {
            await Assertions.Expect(Count).ToHaveTextAsync($"Step {i + 1} of 4");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Skip" }).ClickAsync();
        }

        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Save to my diary" })).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync("guided-session-finish");
        await Page.ExpectNoAxeViolationsAsync();
    }
}
