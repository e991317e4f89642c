using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Insights;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>
/// Every statement inside a save's write turn makes every other save wait (SQLite has one writer), so what a new
/// entry costs is kept constant: one read before the save, the insert, and the kept run's update (on PostgreSQL the
/// turn's <c>FOR UPDATE</c> adds one; this fixture is SQLite).
/// </summary>
public sealed class CheckInSaveCostTests(InsightsQueryCountTests.Fixture app) : IClassFixture<InsightsQueryCountTests.Fixture>
{
    [Fact]
    public async Task A_new_entry_is_one_read_then_its_insert_and_the_runs_update()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        (await SaveAsync(client, today.AddDays(-1))).Should().Be(3, "the first entry of an empty diary is a run of its own day, with no search");
        (await SaveAsync(client, today)).Should().Be(3, "the next day extends the kept run");
        var userId = await app.UserIdOfAsync(email);
        (await app.KeptRunAsync(userId)).Should().Be(new LatestRun(today.AddDays(-1), today), "the first entry of an empty diary was kept without a search, and the next extended it");
    }

    /// <summary>Saves an entry through the form; the SQL commands the save sent.</summary>
    private async Task<int> SaveAsync(HttpClient client, DateOnly day)
    {
        var form = await client.GetPageAsync("/checkins/new");
        app.Counter.Reset();
        var saved = await client.SubmitAsync(form, "form.checkin-form", ("Form.Day", DayText.Iso(day)), ("Form.Pain", "4"));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return app.Counter.Count;
    }
}
