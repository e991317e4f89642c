using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

public sealed class SignInRateLimitTests(SignInRateLimitTests.Fixture app) : IClassFixture<SignInRateLimitTests.Fixture>
{
    /// <summary>The production limit, 10 a minute (the shared factory raises it for every other test class).</summary>
    public sealed class Fixture : AppFactory
    {
        public Fixture() => With("RateLimits:SignInPerMinute", "10");
    }

    [Fact]
    public async Task The_eleventh_sign_in_attempt_in_a_minute_gets_the_friendly_too_many_tries_page()
    {
        var client = app.CreateBrowserClient();
        var login = await client.GetPageAsync("/account/login");

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var response = await client.SubmitAsync(login, "form.form", ("Form.Email", "someone@example.test"), ("Form.Password", $"guess number {attempt}"));
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"attempt {attempt} is within the limit and shows the form again");
        }

        var refused = await client.SubmitAsync(login, "form.form", ("Form.Email", "someone@example.test"), ("Form.Password", "guess number 11"));

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        RetryAfterSeconds(refused).Should().BeInRange(1, 60, "the window is a minute");
        var page = await Html.ParseAsync(refused);
        page.QuerySelector("h1").Text().Should().Be("Too many tries");
        page.QuerySelector(".status-page").Text().Should().Contain("wait a minute");

        // Registration shares the limit; reading the forms never counts.
        var register = await client.GetPageAsync("/account/register");
        var registering = await client.SubmitAsync(register, "form.form",
            ("Form.Email", "new@example.test"), ("Form.Password", "long enough"), ("Form.ConfirmPassword", "long enough"));
        registering.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        RetryAfterSeconds(registering).Should().BeInRange(1, 60);
        (await client.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static double RetryAfterSeconds(HttpResponseMessage response)
    {
        response.Headers.RetryAfter.Should().NotBeNull("every 429 says when to try again");
        return response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
    }
}
