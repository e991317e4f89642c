using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Account;

/// <summary>OWASP: length, not composition. Eight plain letters are enough; seven are not.</summary>
public sealed class PasswordRulesTests(PasswordRulesTests.Fixture app) : IClassFixture<PasswordRulesTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Theory]
    [InlineData("abcdefgh")]
    [InlineData("correct horse battery staple")]
    [InlineData("ÄÖÜäöüßé")]
    public async Task A_password_of_eight_or_more_characters_of_any_kind_is_accepted(string password)
    {
        var response = await RegisterAsync(app.CreateBrowserClient(), password);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("abcdefg")]
    [InlineData("Ab1!")]
    public async Task A_password_shorter_than_eight_characters_is_refused_with_the_message(string password)
    {
        var response = await RegisterAsync(app.CreateBrowserClient(), password);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("#Form_Password-error").Text().Should().Be("Use at least 8 characters (a longer passphrase is even better).");
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string password)
    {
        var page = await client.GetPageAsync("/account/register");
        return await client.SubmitAsync(page, "form.form",
            ("Form.Email", $"user-{Guid.NewGuid():N}@example.test"), ("Form.Password", password), ("Form.ConfirmPassword", password));
    }
}
