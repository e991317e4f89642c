using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Tests.Account;

/// <summary>
/// OWASP: length, not composition. Eight plain letters are enough; seven are not; one of the 10,000 most common
/// passwords is not, whatever its case.
/// </summary>
public sealed class PasswordRulesTests(PasswordRulesTests.Fixture app) : IClassFixture<PasswordRulesTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Theory]
    [InlineData("kestrels")]
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

    [Theory]
    [InlineData("password123")]
    [InlineData("PASSWORD123")]
    [InlineData("Baseball")]
    [InlineData("qwertyuiop")]
    [InlineData("1qaz2wsx")]
    public async Task A_password_from_the_list_of_the_most_common_is_refused_with_the_message(string password)
    {
        var client = app.CreateBrowserClient();

        var response = await RegisterAsync(client, password);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "no account is created");
        var page = await Html.ParseAsync(response);
        page.QuerySelector("#Form_Password-error").Text().Should().Be(CommonPasswordValidator.Message);
        (await client.GetAsync(new Uri("/checkins", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Redirect, "nobody is signed in");
    }

    [Fact]
    public void The_bundled_list_holds_the_ten_thousand_most_common_passwords_compared_without_case()
    {
        CommonPasswords.Count.Should().BeGreaterThan(9_900, "10,000 lines, a few of which differ only in case");
        CommonPasswords.Contains("123456").Should().BeTrue();
        CommonPasswords.Contains("brady").Should().BeTrue("the last line of the file is read too");
        CommonPasswords.Contains("TRUSTNO1").Should().BeTrue();
        CommonPasswords.Contains("correct horse battery").Should().BeFalse();
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string password)
    {
        var page = await client.GetPageAsync("/account/register");
        return await client.SubmitAsync(page, "form.form",
            ("Form.Email", $"user-{Guid.NewGuid():N}@example.test"), ("Form.Password", password), ("Form.ConfirmPassword", password));
    }
}
