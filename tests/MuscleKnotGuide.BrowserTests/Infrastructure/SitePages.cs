namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>A page in one state, reached the way a person reaches it.</summary>
/// <param name="Name">Short, file-name safe: used in test names and screenshot names.</param>
/// <param name="Open">Brings the page into this state (sign in first, submit a form, ...).</param>
public sealed record SitePage(string Name, Func<IPage, Task> Open);

/// <summary>
/// Every page and page state that the axe, narrow-screen and screenshot tests check.
/// A new feature adds its pages here (signed-in pages start with <c>page.RegisterAsync()</c>).
/// </summary>
public static class SitePages
{
    public static readonly IReadOnlyList<SitePage> All =
    [
        At("home", "/"),
        SignedIn("home-signed-in", "/"),
        new("home-signed-in-logged", async page =>
        {
            await page.RegisterAsync();
            await page.ImportCheckInsAsync(20);
            await page.BuildPlanWithEveryMethodAsync();
            await page.OpenAsync("/");
        }),
        At("guide-overview", "/guides/overview"),
        At("guide-massage-therapy", "/guides/massage-therapy"),
        At("guide-stretching", "/guides/stretching"),
        At("guide-heat-therapy", "/guides/heat-therapy"),
        At("guide-foam-rolling", "/guides/foam-rolling"),
        At("guide-pain-medication", "/guides/pain-medication"),
        At("guide-when-to-seek-care", "/guides/when-to-seek-care"),
        At("login", "/account/login"),
        At("register", "/account/register"),
        At("not-found", "/no-such-page", expectedStatus: 404),
        new("register-with-errors", async page =>
        {
            await page.OpenAsync("/account/register");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Please check the form");
        }),
        new("login-wrong-password", async page =>
        {
            var email = await page.RegisterAsync();
            await page.SignOutAsync();
            await page.SignInAsync(email, "not the right password");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is not right");
        }),
        SignedIn("account", "/account"),
        SignedIn("account-about-you", "/account/about-you"),
        SignedIn("account-region", "/account/region"),
        SignedIn("checkins-empty", "/checkins"),
        new("checkins-with-one", async page =>
        {
            await page.RegisterAsync();
            await page.LogCheckInAsync(6, "Stretching");
        }),
        SignedIn("checkin-new", "/checkins/new"),
        new("checkin-new-with-errors", async page =>
        {
            await page.RegisterAsync();
            await page.OpenAsync("/checkins/new");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose your pain level");
        }),
        new("checkin-edit", async page =>
        {
            await page.RegisterAsync();
            await page.LogCheckInAsync(6, "Stretching", "Heat therapy");
            await page.Locator(".checkin-actions").GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Edit entry");
        }),
        new("checkin-delete", async page =>
        {
            await page.RegisterAsync();
            await page.LogCheckInAsync(4);
            await page.Locator(".checkin-actions").GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Delete this check-in?");
        }),
        SignedIn("insights-empty", "/insights"),
        new("insights-with-data", async page =>
        {
            await page.RegisterAsync();
            await page.ImportCheckInsAsync(30);
            await page.OpenAsync("/insights");
        }),
        new("insights-year", async page =>
        {
            await page.RegisterAsync();
            await page.ImportCheckInsAsync(30);
            await page.OpenAsync("/insights?range=365");
        }),
        At("plan-anonymous", "/plan"),
        SignedIn("plan-signed-in", "/plan"),
        new("plan-with-errors", async page =>
        {
            await page.OpenAsync("/plan");
            await page.GetByRole(AriaRole.Button, new() { Name = "Make my plan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
        new("plan-print-every-method", page => page.BuildPlanWithEveryMethodAsync()),
        new("plan-saved", async page =>
        {
            await page.RegisterAsync();
            await page.BuildPlanWithEveryMethodAsync();
        }),
        new("report", async page =>
        {
            await page.RegisterAsync();
            await page.ImportCheckInsAsync(14);
            await page.OpenAsync("/report");
        }),
        SignedIn("account-data", "/account/data"),
        SignedIn("account-data-delete", "/account/data/delete"),
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static SitePage Named(string name) => All.Single(p => p.Name == name);

    private static SitePage SignedIn(string name, string path) =>
        new(name, async page =>
        {
            await page.RegisterAsync();
            await page.OpenAsync(path);
        });

    private static SitePage At(string name, string path, int expectedStatus = 200) =>
        new(name, page => page.OpenAsync(path, expectedStatus));
}
