namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>Registers, signs in and out through the real forms, as a person would.</summary>
public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>Creates a new account through /account/register; the person is signed in afterwards.</summary>
    public static async Task<string> RegisterAsync(this IPage page, string? email = null, string? displayName = null)
    {
        email ??= $"person-{Guid.NewGuid():N}@example.test";
        await page.OpenAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        if (displayName is not null)
        {
            await page.GetByLabel("Your name (optional)").FillAsync(displayName);
        }

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.ExpectSignedInAsync();
        return email;
    }

    /// <summary>Fills and submits /account/login; does not check the outcome (a wrong password is a valid test).</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = Password)
    {
        await page.OpenAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.OpenMenuOnAPhoneAsync();
        await page.SignOutButton().ClickAsync();
        await Assertions.Expect(page.SignOutButton()).ToHaveCountAsync(0);
    }

    public static async Task ExpectSignedInAsync(this IPage page)
    {
        await page.OpenMenuOnAPhoneAsync();
        await Assertions.Expect(page.SignOutButton()).ToBeVisibleAsync();
    }

    /// <summary>On a phone the main links sit behind a "Menu" button (a &lt;details&gt;); opens it if it is shown and closed.</summary>
    public static async Task OpenMenuOnAPhoneAsync(this IPage page)
    {
        // Until the stylesheets have loaded the phone's "Menu" button shows at every width; decide after they have.
        // Waiting for them, not for the whole page's load event: once, on a loaded CI machine, that event had not come
        // 60 s after a fully styled check-in form was on screen.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(link => link.sheet !== null)");
        var menu = page.Locator("details.nav-menu");
        if (await menu.Locator("summary").IsVisibleAsync() && await menu.GetAttributeAsync("open") is null)
        {
            await menu.Locator("summary").ClickAsync();
        }
    }

    private static ILocator SignOutButton(this IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Button, new() { Name = "Sign out" });
}
