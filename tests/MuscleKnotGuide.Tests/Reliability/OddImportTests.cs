using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>An import may hold values the forms would never produce but the import rules allow; every page still shows them.</summary>
public sealed class OddImportTests(OddImportTests.Fixture app) : IClassFixture<OddImportTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    public static TheoryData<string, string> Plans => new()
    {
        { "fewer times than times a day", """{"method":"stretching","timesPerDay":3,"minutes":10,"timesOfDay":[]}""" },
        { "more times than times a day", """{"method":"stretching","timesPerDay":1,"minutes":10,"timesOfDay":["08:00","09:00","10:00"]}""" },
        { "six times a day, the most a form allows", """{"method":"stretching","timesPerDay":6,"minutes":180,"timesOfDay":["00:00","01:00","02:00","03:00","04:00","05:00"]}""" },
        { "the same time twice", """{"method":"stretching","timesPerDay":2,"minutes":10,"timesOfDay":["08:00","08:00"]}""" },
        { "no minutes", """{"method":"stretching","timesPerDay":1,"timesOfDay":["08:00"]}""" },
        { "a schedule for medication", """{"method":"pain-medication","timesPerDay":4,"minutes":5,"timesOfDay":["08:00","12:00","16:00","20:00"]}""" },
        { "no methods", "" },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public async Task An_imported_plan_with_odd_but_allowed_values_shows_on_every_plan_page(string what, string method)
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        var json = $$"""{"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00+00:00","checkIns":[],"plans":[{"startDate":"2026-11-20","lengthDays":7,"methods":[{{method}}]}]}""";

        var import = await client.ImportAsync(json);
        import.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(import)).QuerySelector(".flash").Text().Should().Be("Imported 0 check-ins and 1 plan.", what);
        var plans = await client.GetPageAsync("/plan");
        var link = plans.QuerySelectorAll("a[href^='/plan/']").Select(a => a.GetAttribute("href")!)
            .First(href => href.Length > "/plan/".Length && char.IsAsciiDigit(href["/plan/".Length]));
        var id = new string(link["/plan/".Length..].TakeWhile(char.IsAsciiDigit).ToArray());

        foreach (var url in new[] { $"/plan/{id}", $"/plan/{id}/print", $"/plan/{id}/edit", $"/plan/{id}/delete", $"/plan/{id}/calendar", "/plan", "/account/data/plans.csv", "/account/data/diary.json" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            ((int)response.StatusCode).Should().BeLessThan(500, $"{what}: GET {url} answers\n{await response.Content.ReadAsStringAsync()}");
        }
    }
}
