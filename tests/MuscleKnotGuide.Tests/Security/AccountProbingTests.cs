using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Reliability;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>
/// Someone probing the sign-in form over real HTTP cannot tell an email with an account from one without:
/// not from the time an answer takes, not from its words, not from when it says "locked".
/// </summary>
public sealed class AccountProbingTests(ITestOutputHelper output)
{
    private const int Samples = 20;
    private const string WrongPassword = "not my password at all";

    [Fact]
    public async Task An_unknown_email_takes_as_long_to_refuse_as_a_wrong_password_for_a_real_account()
    {
        await using var server = await RealServer.StartAsync();
        // Four wrong tries each (the fifth would lock): five accounts give twenty samples without a lockout.
        var accounts = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var client = server.CreateBrowserClient();
            accounts.Add(await client.RegisterAsync());
        }

        var visitor = server.CreateBrowserClient();
        var login = await visitor.GetPageAsync("/account/login");

        // Warm both paths up (first hash, first query plans) on an account and emails the samples do not use.
        for (var i = 0; i < 3; i++)
        {
            await TimeAsync(visitor, login, accounts[5]);
            await TimeAsync(visitor, login, UnknownEmail());
        }

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            // Interleaved, so a busy moment on the machine slows both alike.
            known.Add(await TimeAsync(visitor, login, accounts[i % 5]));
            unknown.Add(await TimeAsync(visitor, login, UnknownEmail()));
        }

        var ratio = Median(unknown) / Median(known);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median wrong password for a real account {Median(known):0.0} ms, for an unknown email {Median(unknown):0.0} ms, ratio {ratio:0.00}"));
        ratio.Should().BeInRange(0.5, 2.0);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_messages_as_a_real_account_lockout_included()
    {
        await using var server = await RealServer.StartAsync();
        var real = await server.CreateBrowserClient().RegisterAsync();
        var unknown = UnknownEmail();
        var visitor = server.CreateBrowserClient();
        var login = await visitor.GetPageAsync("/account/login");

        // Tries 1 to 5 are wrong passwords; the 6th is the real account's right one (the unknown email has none).
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var password = attempt == 6 ? Accounts.Password : WrongPassword;
            var forReal = await Html.ParseAsync(await SignInAsync(visitor, login, real, password));
            var forUnknown = await Html.ParseAsync(await SignInAsync(visitor, login, unknown, password));

            Messages(forUnknown).Should().Equal(Messages(forReal), $"attempt {attempt} must read the same for both");
            Messages(forReal).Should().NotBeEmpty();
            if (attempt >= 5)
            {
                Messages(forReal).Should().Contain(m => m.Contains("locked for 15 minutes", StringComparison.Ordinal));
            }
        }
    }

    private static string UnknownEmail() => $"nobody-{Guid.NewGuid():N}@example.test";

    private static async Task<double> TimeAsync(HttpClient client, IDocument login, string email)
    {
        var watch = Stopwatch.StartNew();
        var response = await SignInAsync(client, login, email, WrongPassword);
        watch.Stop();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a wrong password shows the form again");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, IDocument login, string email, string password) =>
        client.SubmitAsync(login, "form.form", ("Form.Email", email), ("Form.Password", password));

    /// <summary>Every message the page shows: the summary and each field's.</summary>
    private static List<string> Messages(IDocument page) =>
        page.QuerySelectorAll(".error-summary li, .field-error").Select(e => e.Text()).Where(t => t.Length > 0).ToList();

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
