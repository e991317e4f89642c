using System.Net;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>Signs people up and in through the real account forms.</summary>
public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>Registers a new person (signed in afterwards) and returns their email.</summary>
    public static async Task<string> RegisterAsync(this HttpClient client, string? email = null, string timeZone = "UTC")
    {
        email ??= $"user-{Guid.NewGuid():N}@example.test";
        var page = await client.GetPageAsync("/account/register");
        var response = await client.SubmitAsync(page, "form.form",
            ("Form.Email", email), ("Form.Password", Password), ("Form.ConfirmPassword", Password), ("Form.TimeZone", timeZone));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "registration with valid details should succeed");
        return email;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password)
    {
        var page = await client.GetPageAsync("/account/login");
        return await client.SubmitAsync(page, "form.form", ("Form.Email", email), ("Form.Password", password));
    }

    public static async Task SignOutAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/");
        var response = await client.SubmitAsync(page, "form[action='/account/logout']");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
