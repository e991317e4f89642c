using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Account;

public sealed class AccountPageTests(AccountPageTests.Fixture app) : IClassFixture<AccountPageTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private const string NewPassword = "purple staple rocket";

    [Fact]
    public async Task A_person_registers_signs_out_and_signs_in_again()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        (await client.GetAsync(new Uri("/checkins", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        await client.SignOutAsync();
        (await client.GetAsync(new Uri("/checkins", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var signedIn = await client.SignInAsync(email);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.Should().Be("/checkins");
        (await client.GetAsync(new Uri("/checkins", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_says_so_plainly_and_does_not_sign_in()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.SignOutAsync();

        var response = await client.SignInAsync(email, "not my password");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).QuerySelector(".error-summary").Text()
            .Should().Contain("The email or password is not right. Check them and try again.");
        (await client.GetAsync(new Uri("/checkins", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_account_page_shows_the_persons_details_and_links_to_their_data()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync(timeZone: "Europe/London");

        var page = await client.GetPageAsync("/account");

        page.QuerySelector("h1").Text().Should().Be("Your account");
        page.QuerySelector(".account-page").Text().Should().Contain(email);
        page.QuerySelector<IHtmlSelectElement>("#Profile_TimeZone")!.Value.Should().Be("Europe/London");
        page.QuerySelector("a[href='/account/data']").Text().Should().Be("Export, import or delete your data");
    }

    [Fact]
    public async Task Saving_details_keeps_the_name_and_time_zone()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var page = await client.GetPageAsync("/account");
        var response = await client.SubmitAsync(page, "#profile-form", ("Profile.DisplayName", "  Sam  "), ("Profile.TimeZone", "Asia/Tokyo"));

        response.Headers.Location!.OriginalString.Should().Be("/account");
        var after = await client.GetPageAsync("/account");
        after.QuerySelector(".flash").Text().Should().Be("Saved your details.");
        after.QuerySelector<IHtmlInputElement>("#Profile_DisplayName")!.Value.Should().Be("Sam");
        after.QuerySelector<IHtmlSelectElement>("#Profile_TimeZone")!.Value.Should().Be("Asia/Tokyo");
        var user = await FindAsync(email);
        (user.DisplayName, user.TimeZoneId).Should().Be(("Sam", "Asia/Tokyo"));
    }

    [Fact]
    public async Task An_unknown_time_zone_or_a_long_name_is_refused_next_to_the_field()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var page = await client.GetPageAsync("/account");
        var response = await client.SubmitAsync(page, "#profile-form", ("Profile.DisplayName", new string('n', 101)), ("Profile.TimeZone", "Mars/Olympus_Mons"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var shown = await Html.ParseAsync(response);
        shown.QuerySelector("#Profile_TimeZone-error").Text().Should().Be("Choose your time zone from the list.");
        shown.QuerySelector("#Profile_DisplayName-error").Text().Should().Be("Keep your name under 100 characters.");
        shown.QuerySelector("#Password_CurrentPassword-error").Text().Should().BeEmpty("the password form was not sent");
        (await FindAsync(email)).TimeZoneId.Should().Be("UTC");
    }

    [Fact]
    public async Task Changing_the_password_keeps_you_signed_in_and_the_old_one_stops_working()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var page = await client.GetPageAsync("/account");
        var response = await client.SubmitAsync(page, "#password-form",
            ("Password.CurrentPassword", Accounts.Password), ("Password.NewPassword", NewPassword), ("Password.ConfirmPassword", NewPassword));

        response.Headers.Location!.OriginalString.Should().Be("/account");
        var after = await client.GetPageAsync("/account");
        after.QuerySelector(".flash").Text().Should().Be("Your password has been changed.");
        (await client.GetAsync(new Uri("/checkins", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "this browser stays signed in");

        await client.SignOutAsync();
        (await client.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.OK, "the old password no longer signs in");
        (await client.SignInAsync(email, NewPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    public static TheoryData<string, string, string, string, string> BadPasswordChanges => new()
    {
        { "wrong current pass", NewPassword, NewPassword, "Password_CurrentPassword", "That is not your current password." },
        { "", NewPassword, NewPassword, "Password_CurrentPassword", "Enter your current password." },
        { Accounts.Password, "short", "short", "Password_NewPassword", "Use at least 8 characters (a longer passphrase is even better)." },
        { Accounts.Password, NewPassword, "something else", "Password_ConfirmPassword", "The two new passwords don't match." },
        { Accounts.Password, "SunShine", "SunShine", "Password_NewPassword", MuscleKnotGuide.Web.Security.CommonPasswordValidator.Message },
    };

    [Theory]
    [MemberData(nameof(BadPasswordChanges))]
    public async Task A_password_change_that_cannot_be_made_says_why_and_changes_nothing(string current, string next, string confirm, string fieldId, string message)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var page = await client.GetPageAsync("/account");
        var response = await client.SubmitAsync(page, "#password-form",
            ("Password.CurrentPassword", current), ("Password.NewPassword", next), ("Password.ConfirmPassword", confirm));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).QuerySelector($"#{fieldId}-error").Text().Should().Be(message);
        await client.SignOutAsync();
        (await client.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect, "the old password still works");
    }

    private async Task<AppUser> FindAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
    }
}
