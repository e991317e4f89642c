using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>Run on both database providers: SQLite (the default) and PostgreSQL (a throw-away cluster).</summary>
public abstract class CheckInPagesTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : CheckInPagesTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : CheckInPagesTests(app.Required()), IClassFixture<PostgresAppFactory>;

    // Rows of the methods on the form, in the content's order.
    private const string Massage = "Form.Methods[0]";
    private const string Stretching = "Form.Methods[1]";
    private const string Heat = "Form.Methods[2]";

    [Fact]
    public async Task A_new_user_logs_today_with_two_methods_edits_it_and_sees_it_in_the_history()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var savedAt = app.Clock.GetUtcNow();

        var form = await client.GetPageAsync("/checkins/new");
        form.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be("2026-11-20", "the form defaults to the person's today");
        form.QuerySelectorAll("input[name='Form.Pain']:checked").Should().BeEmpty("pain has no default: the person chooses it");
        form.QuerySelectorAll("input[name='Form.Symptoms']:checked").Should().BeEmpty("no warning symptom is ticked by default");

        var history = await client.LogAndFollowAsync(null,
            ("Form.Pain", "6"), ("Form.Stiffness", "5"), ("Form.Areas", "LowerLeft"), ("Form.Areas", "LowerRight"),
            ($"{Massage}.Tried", "true"), ($"{Massage}.Minutes", "15"), ($"{Massage}.PainBefore", "6"), ($"{Massage}.PainAfter", "4"), ($"{Massage}.Effect", "HelpedALittle"),
            ($"{Stretching}.Tried", "true"),
            ("Form.Notes", "Long drive yesterday."));

        history.Url.Should().EndWith("/checkins");
        history.QuerySelector(".flash").Text().Should().Be("Saved your entry for Friday 20 November 2026 at 12:00.");
        history.QuerySelector(".checkin-day-group h2 time").Text().Should().Be("Friday 20 November 2026");
        var row = history.QuerySelector("li.checkin-row")!;
        row.QuerySelector(".checkin-time").Text().Should().Be("12:00", "the form is stamped with the person's own time now");
        row.QuerySelector(".pain-badge").Text().Should().Contain("6").And.Contain("moderate");
        row.QuerySelector(".checkin-methods").Text().Should().Contain("Massage therapy, Stretching");
        history.QuerySelector(".advice").Should().BeNull("no warning symptom was ticked");

        var stored = (await app.CheckInsOfAsync(email)).Should().ContainSingle().Subject;
        stored.Day.Should().Be(new DateOnly(2026, 11, 20));
        stored.Time.Should().Be(new TimeOnly(12, 0));
        stored.PainLevel.Should().Be(6);
        stored.Stiffness.Should().Be(5);
        stored.Areas.Should().Be(BackAreas.LowerLeft | BackAreas.LowerRight);
        stored.Notes.Should().Be("Long drive yesterday.");
        stored.CreatedAt.Should().Be(savedAt);
        stored.UpdatedAt.Should().Be(savedAt);
        stored.Methods.Select(m => m.MethodSlug).Should().BeEquivalentTo(["massage-therapy", "stretching"]);
        var massage = stored.Methods.Single(m => m.MethodSlug == "massage-therapy");
        (massage.Minutes, massage.PainBefore, massage.PainAfter, massage.Effect).Should().Be((15, 6, 4, MethodEffect.HelpedALittle));
        var stretching = stored.Methods.Single(m => m.MethodSlug == "stretching");
        (stretching.Minutes, stretching.PainBefore, stretching.PainAfter, stretching.Effect).Should().Be(((int?)null, (int?)null, (int?)null, (MethodEffect?)null));

        // Edit: the form shows what was stored; swap stretching for heat and lower the pain.
        app.Clock.Advance(TimeSpan.FromHours(2));
        var edit = await client.GetPageAsync(row.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!);
        edit.QuerySelector<IHtmlInputElement>("#Form_Pain_6")!.IsChecked.Should().BeTrue();
        edit.QuerySelector<IHtmlInputElement>("#Form_Areas_LowerLeft")!.IsChecked.Should().BeTrue();
        edit.QuerySelector<IHtmlInputElement>("#Form_Methods_0__Minutes")!.Value.Should().Be("15");
        edit.QuerySelector<IHtmlTextAreaElement>("#Form_Notes")!.Value.Should().Be("Long drive yesterday.");

        var response = await client.SubmitAsync(edit, Form,
            ("Form.Pain", "3"), ($"{Stretching}.Tried", "false"), ($"{Heat}.Tried", "true"), ($"{Heat}.Minutes", "20"));
        var afterEdit = await client.FollowAsync(response);
        afterEdit.QuerySelector(".flash").Text().Should().StartWith("Saved your entry");
        afterEdit.QuerySelector("li.checkin-row .checkin-methods").Text().Should().Contain("Massage therapy, Heat therapy");

        var edited = (await app.CheckInsOfAsync(email)).Should().ContainSingle().Subject;
        edited.Id.Should().Be(stored.Id);
        edited.PainLevel.Should().Be(3);
        edited.CreatedAt.Should().Be(savedAt);
        edited.UpdatedAt.Should().Be(savedAt.AddHours(2));
        edited.Methods.Select(m => m.MethodSlug).Should().BeEquivalentTo(["massage-therapy", "heat-therapy"]);
        edited.Methods.Single(m => m.MethodSlug == "massage-therapy").Id.Should().Be(massage.Id, "a method kept on edit keeps its row");
    }

    [Fact]
    public async Task Deleting_asks_first_then_removes_the_check_in_and_its_methods()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "2"), ($"{Massage}.Tried", "true"));
        var id = (await app.CheckInsOfAsync(email)).Single().Id;

        var question = await client.GetPageAsync($"/checkins/{id}/delete");
        question.QuerySelector("h1").Text().Should().Be("Delete this check-in?");
        question.QuerySelector(".checkin-summary").Text().Should().Contain("Friday 20 November 2026").And.Contain("Massage therapy");
        (await app.CheckInsOfAsync(email)).Should().HaveCount(1, "showing the question deletes nothing");

        var response = await client.SubmitAsync(question, "form.form");
        var history = await client.FollowAsync(response);
        history.QuerySelector(".flash").Text().Should().MatchRegex(@"^Deleted the entry of Friday 20 November 2026 at \d\d:\d\d\.$");
        history.QuerySelectorAll("li.checkin-row").Should().BeEmpty();
        history.QuerySelector(".empty-state a[href='/checkins/new']").Should().NotBeNull();
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();

        var again = await client.GetAsync(new Uri($"/checkins/{id}/edit", UriKind.Relative));
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Logging_the_same_day_again_adds_an_entry_and_history_groups_both_under_the_day()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var staleForm = await client.GetPageAsync("/checkins/new");
        await client.LogAndFollowAsync(null, ("Form.Pain", "5"), ("Form.Time", "08:10"));

        var again = await client.GetPageAsync("/checkins/new");
        again.QuerySelector("h1").Text().Should().Be("Pain today, Friday 20 November");
        again.QuerySelector("#entry-adds-up").Text().Should().Contain("This day already has 1 other entry").And.Contain("average of its entries");
        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "8"), ("Form.Time", "19:45"));
        // A form opened before the first save (another tab) adds a third entry; nothing is refused or overwritten.
        (await client.SubmitAsync(staleForm, Form, ("Form.Pain", "2"), ("Form.Time", "13:00"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        history = await client.GetPageAsync("/checkins");

        var group = history.QuerySelectorAll(".checkin-day-group").Should().ContainSingle().Subject;
        group.QuerySelectorAll(".checkin-time").Select(t => t.Text()).Should().Equal("19:45", "13:00", "08:10");
        group.QuerySelector(".day-figures").Text().Should().Contain("day's pain 5, highest 8");
        history.QuerySelector(".checkin-cta a").Text().Should().Be("Log another entry for today");
        (await app.CheckInsOfAsync(email)).Select(c => (c.Day, c.Time, c.PainLevel)).Should().BeEquivalentTo(new[]
        {
            (new DateOnly(2026, 11, 20), (TimeOnly?)new TimeOnly(8, 10), 5),
            (new DateOnly(2026, 11, 20), (TimeOnly?)new TimeOnly(19, 45), 8),
            (new DateOnly(2026, 11, 20), (TimeOnly?)new TimeOnly(13, 0), 2),
        });
    }

    [Fact]
    public async Task A_day_with_fifty_entries_takes_no_more_and_says_why()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, Enumerable.Range(0, CheckInRules.MaxEntriesPerDay).Select(_ => ACheckIn(new DateOnly(2026, 11, 20), 3)).ToArray());

        var response = await client.LogAsync(null, ("Form.Pain", "4"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).ErrorFor("Form_Day")
            .Should().Be("Friday 20 November 2026 already has 50 entries, the most a day can hold. Edit or delete one of them, or choose another date.");
        (await app.CheckInsOfAsync(email)).Should().HaveCount(CheckInRules.MaxEntriesPerDay);
        (await client.LogAsync(new DateOnly(2026, 11, 19), ("Form.Pain", "4"))).StatusCode.Should().Be(HttpStatusCode.Redirect, "another day still has room");
    }

    [Fact]
    public async Task Requests_racing_on_the_same_day_each_save_one_entry_and_never_fail()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var form = await client.GetPageAsync("/checkins/new");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.SubmitAsync(form, Form, ("Form.Pain", $"{i + 1}"))));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Redirect);
        (await app.CheckInsOfAsync(email)).Select(c => c.PainLevel).Should().BeEquivalentTo([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public async Task The_yes_no_answers_are_saved_shown_on_the_entry_and_three_sleepless_nights_advise_a_doctor()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var today = app.Today();
        var twoDaysAgo = ACheckIn(today.AddDays(-2));
        twoDaysAgo.StoppedSleeping = true;
        var yesterday = ACheckIn(today.AddDays(-1));
        yesterday.StoppedSleeping = true;
        await app.SeedAsync(email, twoDaysAgo, yesterday);

        var history = await client.LogAndFollowAsync(null,
            ("Form.Pain", "3"), ("Form.StoppedSleeping", "yes"), ("Form.StoppedActivities", "no"), ("Form.AfterFallOrInjury", ""));

        history.QuerySelector("li.checkin-row .checkin-answers").Text().Should().Be("Pain stopped sleep");
        history.QuerySelectorAll(".advice h2").Select(h => h.Text()).Should().Contain("Pain is stopping your sleep or daily life: see a doctor");
        var stored = (await app.CheckInsOfAsync(email)).Single(c => c.Day == today);
        (stored.StoppedSleeping, stored.StoppedActivities, stored.AfterFallOrInjury).Should().Be((true, false, (bool?)null));

        var edit = await client.GetPageAsync($"/checkins/{stored.Id}/edit");
        edit.QuerySelector<IHtmlInputElement>("#Form_StoppedSleeping_yes")!.IsChecked.Should().BeTrue();
        edit.QuerySelector<IHtmlInputElement>("#Form_StoppedActivities_no")!.IsChecked.Should().BeTrue();
        edit.QuerySelector<IHtmlInputElement>("#Form_AfterFallOrInjury_none")!.IsChecked.Should().BeTrue();
    }
}
