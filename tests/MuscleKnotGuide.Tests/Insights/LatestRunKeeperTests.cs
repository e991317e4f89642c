using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>
/// The run kept with the person after every kind of diary write, through the real pages, checked after each write
/// against the run searched in the diary and against the plain definition. Both databases, as they lock differently.
/// </summary>
public abstract class LatestRunKeeperTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : LatestRunKeeperTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : LatestRunKeeperTests(app.Required()), IClassFixture<PostgresAppFactory>;

    [Fact]
    public async Task Every_write_leaves_the_kept_run_where_the_diary_has_it()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var userId = await app.UserIdOfAsync(email);
        var t = app.Today();

        (await KeptAsync(userId)).Should().BeNull("nothing is logged yet");

        await client.LogAndFollowAsync(t.AddDays(-3), ("Form.Pain", "4"));
        await ExpectRunAsync(email, userId, t.AddDays(-3), t.AddDays(-3), "a first entry");

        await client.LogAndFollowAsync(t.AddDays(-2), ("Form.Pain", "4"));
        await ExpectRunAsync(email, userId, t.AddDays(-3), t.AddDays(-2), "the next day extends it");

        await client.LogAndFollowAsync(t.AddDays(-5), ("Form.Pain", "4"));
        await ExpectRunAsync(email, userId, t.AddDays(-3), t.AddDays(-2), "an older day with a gap after it");

        await client.LogAndFollowAsync(t.AddDays(-4), ("Form.Pain", "4"));
        await ExpectRunAsync(email, userId, t.AddDays(-5), t.AddDays(-2), "the day before the run joins the earlier one");

        await client.LogAndFollowAsync(t.AddDays(-6), ("Form.Pain", "4"));
        await ExpectRunAsync(email, userId, t.AddDays(-6), t.AddDays(-2), "the day before the run, with no run before it, starts it");

        await client.LogAndFollowAsync(t, ("Form.Pain", "4"));
        await ExpectRunAsync(email, userId, t, t, "today, after a gap yesterday, starts a new run");

        var todays = (await app.CheckInsOfAsync(email)).Single(c => c.Day == t);
        var edit = await client.GetPageAsync($"/checkins/{todays.Id}/edit");
        (await client.SubmitAsync(edit, CheckInSteps.Form, ("Form.Day", CheckInSteps.Iso(t.AddDays(-1))))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ExpectRunAsync(email, userId, t.AddDays(-6), t.AddDays(-1), "today's entry moved to yesterday fills the gap");

        var middle = (await app.CheckInsOfAsync(email)).Single(c => c.Day == t.AddDays(-3));
        var question = await client.GetPageAsync($"/checkins/{middle.Id}/delete");
        (await client.SubmitAsync(question, "form.form")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ExpectRunAsync(email, userId, t.AddDays(-2), t.AddDays(-1), "a deleted day breaks the run");

        var file = $$"""{"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z","checkIns":[{"day":"{{CheckInSteps.Iso(t.AddDays(-3))}}","painLevel":4}],"plans":[]}""";
        (await client.ImportAsync(file)).StatusCode.Should().Be(HttpStatusCode.OK);
        await ExpectRunAsync(email, userId, t.AddDays(-6), t.AddDays(-1), "an imported day mends it");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var at = app.Clock.GetUtcNow();
            var outcome = await scope.ServiceProvider.GetRequiredService<MethodTryRecorder>()
                .RecordAsync(new MethodTry(userId, "stretching", 10, 6, 4, t, new TimeOnly(8, 10), at), CancellationToken.None);
            outcome.Saved.Should().BeTrue();
        }

        await ExpectRunAsync(email, userId, t.AddDays(-6), t, "a method try is a diary entry too");

        var insights = await client.GetPageAsync("/insights");
        insights.QuerySelector("[data-figure=run] .figure").Text().Should().Be("7 days");
    }

    [Fact]
    public async Task A_diary_written_before_the_run_was_kept_is_searched_until_its_next_write()
    {
        var client = app.CreateBrowserClient();
        var t = app.Today();
        var userId = await app.RegisterWithCheckInsAsync(client, id => Enumerable.Range(0, 400).Select(d => TestDiary.CheckIn(id, t.AddDays(-d), 4)));
        (await KeptAsync(userId)).Should().BeNull("rows written straight to the database keep no run");

        (await RunStartReadAsync(userId, t)).Should().Be(t.AddDays(-399));

        await client.LogAndFollowAsync(t, ("Form.Pain", "3"));
        (await KeptAsync(userId)).Should().Be(new LatestRun(t.AddDays(-399), t), "the first write finds it in the diary and keeps it");
        (await client.GetPageAsync("/insights")).QuerySelector("[data-figure=run] .figure").Text().Should().Be("400 days");

        // From now on the kept run is what the insights read, not the diary.
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.RunStart, t.AddDays(-9))));
        (await RunStartReadAsync(userId, t)).Should().Be(t.AddDays(-9));
    }

    [Fact]
    public async Task Identity_saving_the_user_row_read_before_a_save_does_not_write_back_the_old_run()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var userId = await app.UserIdOfAsync(email);
        var t = app.Today();
        await client.LogAndFollowAsync(t.AddDays(-1), ("Form.Pain", "4"));

        // As a password change or a colour scheme saved on another device: the user row read before the save below.
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var readBefore = (await users.FindByIdAsync(userId))!;
        await client.LogAndFollowAsync(t, ("Form.Pain", "4"));
        readBefore.ThemePreference = ThemeChoice.Dark;
        (await users.UpdateAsync(readBefore)).Succeeded.Should().BeTrue();

        (await KeptAsync(userId)).Should().Be(new LatestRun(t.AddDays(-1), t));
    }

    private async Task ExpectRunAsync(string email, string userId, DateOnly start, DateOnly end, string because)
    {
        var kept = await KeptAsync(userId);
        kept.Should().Be(new LatestRun(start, end), because);
        var days = (await app.CheckInsOfAsync(email)).Select(c => c.Day).ToHashSet();
        var searched = await app.WithDbAsync(db => InsightsQuery.SearchRunStartAsync(db, userId, days.Max(), CancellationToken.None));
        kept!.Start.Should().Be(searched!.Value, because);
        kept.End.Should().Be(days.Max(), because);
    }

    private Task<LatestRun?> KeptAsync(string userId) => app.KeptRunAsync(userId);

    /// <summary>The run's start as the insights read it for a window that does not show it.</summary>
    private async Task<DateOnly?> RunStartReadAsync(string userId, DateOnly today) =>
        (await app.WithDbAsync(db => InsightsQuery.LoadHistoryAsync(db, userId, today, InsightsRange.Default, CancellationToken.None))).RunStart;
}
