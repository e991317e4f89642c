using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>
/// Many people saving at the same moment against the real server and a real SQLite file:
/// every save lands exactly once, nobody sees an error, and SQLite never reports "database is locked".
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int People = 10;

    [Fact]
    public async Task Ten_people_posting_fifty_check_ins_at_once_each_get_saved_exactly_once()
    {
        await RunAsync(daysEach: 5);
    }

    [Fact]
    public async Task Ten_people_posting_thirty_days_each_three_hundred_at_once_each_get_saved_exactly_once()
    {
        await RunAsync(daysEach: 30);
    }

    private async Task RunAsync(int daysEach)
    {
        await using var server = await RealServer.StartAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // Each person signs up in their own browser and opens the form once: the token is good for their whole session.
        var people = new List<(string Email, HttpClient Client, IDocument Form)>();
        foreach (var _ in Enumerable.Range(0, People))
        {
            var client = server.CreateBrowserClient();
            var email = await client.RegisterAsync();
            await client.SignOutAsync();
            (await client.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
            people.Add((email, client, await client.GetPageAsync("/checkins/new")));
        }

        var watch = Stopwatch.StartNew();
        var posts = people.SelectMany(person => Enumerable.Range(0, daysEach).Select(async back =>
        {
            var day = today.AddDays(-back);
            var response = await person.Client.SubmitAsync(person.Form, Form,
                ("Form.Day", Iso(day)), ("Form.Pain", $"{back % 11}"), ("Form.Notes", $"{person.Email} {Iso(day)}"));
            return (Person: person.Email, Day: day, response.StatusCode, Location: response.Headers.Location?.OriginalString,
                Body: response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : "");
        })).ToArray();
        var results = await Task.WhenAll(posts);
        output.WriteLine($"{results.Length} concurrent posts answered in {watch.ElapsedMilliseconds} ms");

        results.Should().HaveCount(People * daysEach);
        results.Where(r => (int)r.StatusCode >= 500).Should().BeEmpty("no save may fail with a server error");
        results.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Redirect && r.Location == "/checkins",
            "every check-in is for a different day, so every one is saved and redirects to the history");

        var rows = await server.QueryAsync(
            "SELECT u.Email || ' ' || c.Day FROM CheckIns c JOIN AspNetUsers u ON u.Id = c.UserId ORDER BY 1");
        var expected = results.Select(r => $"{r.Person} {Iso(r.Day)}").Order(StringComparer.Ordinal);
        rows.Should().Equal(expected, "exactly one row per person and day, none lost and none doubled");
        (await server.QueryAsync("SELECT Notes FROM CheckIns WHERE Notes <> (SELECT u.Email FROM AspNetUsers u WHERE u.Id = CheckIns.UserId) || ' ' || Day"))
            .Should().BeEmpty("each row holds what its own request sent");

        server.Output.Should().NotContainEquivalentOf("database is locked");
        server.Output.Should().NotContain("SQLite Error");
        server.App.HasExited.Should().BeFalse();
    }
}
