using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Account;

public sealed class LockoutTests(LockoutTests.Fixture app) : IClassFixture<LockoutTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.SignOutAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.SignInAsync(email, "not my password");
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var right = await client.SignInAsync(email);

        right.StatusCode.Should().Be(HttpStatusCode.OK, "a locked account is not signed in");
        var page = await Html.ParseAsync(right);
        page.QuerySelector(".error-summary").Text().Should().Contain("locked for 15 minutes");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)).Should().BeTrue();
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.SignOutAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await client.SignInAsync(email, "not my password");
        }

        (await client.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
