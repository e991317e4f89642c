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
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static SitePage Named(string name) => All.Single(p => p.Name == name);

    private static SitePage At(string name, string path, int expectedStatus = 200) =>
        new(name, page => page.OpenAsync(path, expectedStatus));
}
