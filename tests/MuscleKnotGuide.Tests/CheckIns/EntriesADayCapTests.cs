using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>The cap of entries a day holds when saves arrive together, on the real database of each provider.</summary>
public abstract class EntriesADayCapTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : EntriesADayCapTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : EntriesADayCapTests(app.Required()), IClassFixture<PostgresAppFactory>;

    private const int AtOnce = 4;

    [Fact]
    public async Task Saves_arriving_together_on_a_day_with_one_place_left_store_exactly_one_of_them()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var today = app.Today();
        // Three days, each one entry short of the cap, so a race has three chances to slip past it.
        var days = new[] { today, today.AddDays(-1), today.AddDays(-2) };
        await app.SeedAsync(email, days.SelectMany(day => Enumerable.Range(0, CheckInRules.MaxEntriesPerDay - 1).Select(_ => ACheckIn(day))).ToArray());

        foreach (var day in days)
        {
            var forms = new List<AngleSharp.Dom.IDocument>();
            for (var i = 0; i < AtOnce; i++)
            {
                forms.Add(await client.GetPageAsync($"/checkins/new?day={Iso(day)}"));
            }

            var responses = await Task.WhenAll(forms.Select(form => client.SubmitAsync(form, Form, ("Form.Pain", "5"), ("Form.Time", "10:00"))));

            responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).Should().Be(1, "one place was left on {0}", day);
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
            {
                refused.StatusCode.Should().Be(HttpStatusCode.OK);
                (await Html.ParseAsync(refused)).ErrorFor("Form_Day").Should().Contain($"already has {CheckInRules.MaxEntriesPerDay} entries");
            }
        }

        (await app.CheckInsOfAsync(email)).GroupBy(c => c.Day).Select(g => g.Count())
            .Should().Equal(Enumerable.Repeat(CheckInRules.MaxEntriesPerDay, days.Length));
    }
}
