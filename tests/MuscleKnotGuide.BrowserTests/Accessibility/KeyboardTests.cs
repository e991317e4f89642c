using MuscleKnotGuide.BrowserTests.Infrastructure;

namespace MuscleKnotGuide.BrowserTests.Accessibility;

public sealed class KeyboardTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Sign_in_works_with_the_keyboard_alone_and_every_control_shows_where_the_focus_is()
    {
        var email = await Page.RegisterAsync();
        await Page.SignOutAsync();
        await Page.OpenAsync("/account/login");

        var emailBox = Page.GetByLabel("Email");
        var password = Page.GetByLabel("Password", new() { Exact = true });
        var rememberMe = Page.GetByLabel("Keep me signed in on this device");
        var submit = Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

        await Page.TabToAsync(emailBox);
        await emailBox.ExpectVisibleFocusAsync();
        await Page.Keyboard.TypeAsync(email);

        await Page.TabExpectingAsync(password);
        await password.ExpectVisibleFocusAsync();
        await Page.Keyboard.TypeAsync(Accounts.Password);

        await Page.TabExpectingAsync(rememberMe);
        await rememberMe.ExpectVisibleFocusAsync();

        await Page.TabExpectingAsync(submit);
        await submit.ExpectVisibleFocusAsync();

        await password.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Page.ExpectSignedInAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(App.BaseAddress, "/checkins").ToString());
    }
}
