using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Reliability;

namespace MuscleKnotGuide.Tests.AboutYou;

/// <summary>"About you" is health data: the built app on real Kestrel logs none of it, saved, shown or exported.</summary>
public sealed class AboutYouLogTests
{
    [Fact]
    public async Task Saving_showing_and_exporting_about_you_writes_none_of_it_to_the_log()
    {
        await using var server = await RealServer.StartAsync();
        var client = server.CreateBrowserClient();
        await client.RegisterAsync();

        var form = await client.GetPageAsync("/account/about-you");
        var saved = await client.SubmitAsync(form, "#about-you-form",
            ("Form.Cancer", "true"), ("Form.WeakenedImmunity", "true"), ("Form.LongTermSteroids", "true"), ("Form.Osteoporosis", "true"),
            ("Form.InjectingDrugs", "true"), ("Form.RecentInfectionOrSurgery", "true"), ("Form.AgeBand", "50-or-over"), ("Form.NewPain", "yes"));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await client.GetPageAsync("/");
        await client.GetPageAsync("/insights");
        (await client.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative))).Should().Contain("\"osteoporosis\": true");
        var bad = await client.SubmitAsync(form, "#about-you-form", ("Form.AgeBand", "osteoporosis-50"));
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // The request lines are written on the console sink's own time: wait for the last one.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!server.Output.Contains("responded 400", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        server.Output.Should().Contain("/account/about-you", "the requests were logged");
        foreach (var word in new[] { "cancer", "osteoporosis", "steroid", "immun", "inject", "infection", "50-or-over", "AgeBand", "NewPain", "RiskHistor" })
        {
            server.Output.Should().NotContainEquivalentOf(word);
        }
    }
}
