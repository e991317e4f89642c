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
    public async Task An_emergency_symptom_shows_emergency_advice_naming_it_straight_after_saving()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "7"), ("Form.Symptoms", "chest-pain"), ("Form.Symptoms", "fever"));

        var advice = history.QuerySelector(".advice.advice-emergency");
        advice.Should().NotBeNull();
        advice!.QuerySelector("h2").Text().Should().Be("Call emergency services or go to an emergency department now");
        advice.QuerySelectorAll("li").Select(li => li.Text()).Should().ContainSingle().Which.Should().Contain("“Chest pain”");
        advice.QuerySelector("a[href='/guides/when-to-seek-care']").Should().NotBeNull();

        var later = await client.GetPageAsync("/checkins");
        later.QuerySelector(".advice").Should().BeNull("the advice belongs to the save just made, not every visit");
        later.QuerySelector(".symptom-flag").Text().Should().Be("Warning symptoms noted");
    }

    [Fact]
    public async Task An_urgent_symptom_shows_see_a_doctor_urgently_advice()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "4"), ("Form.Symptoms", "night-pain"));

        history.QuerySelector(".advice-emergency").Should().BeNull();
        var advice = history.QuerySelector(".advice.advice-urgent")!;
        advice.QuerySelector("h2").Text().Should().Be("See a doctor urgently, today or tomorrow");
        advice.QuerySelectorAll("li").Select(li => li.Text()).Should().ContainSingle().Which.Should().Contain("“Pain that is worse at night or not eased by rest”");

        var edit = await client.GetPageAsync(history.QuerySelector("li.checkin-row a[href$='/edit']")!.GetAttribute("href")!);
        edit.QuerySelector(".advice.advice-urgent").Should().NotBeNull("reopening a check-in with a warning symptom repeats the advice");
        edit.QuerySelector<IHtmlInputElement>("#Form_Symptoms_night-pain")!.IsChecked.Should().BeTrue();
    }

    [Fact]
    public async Task The_symptom_checkboxes_come_from_the_content_in_two_tiers()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        var form = await client.GetPageAsync("/checkins/new");

        var groups = form.QuerySelectorAll("fieldset.symptom-group").ToArray();
        groups.Should().HaveCount(2);
        groups[0].QuerySelector("legend").Text().Should().Contain("emergency");
        groups[0].QuerySelectorAll("input[type=checkbox]").Select(i => i.GetAttribute("value"))
            .Should().Equal("saddle-numbness", "bladder-bowel", "sexual-function", "both-legs", "chest-pain", "heart-attack-signs", "tearing-pain", "serious-fall");
        groups[1].QuerySelectorAll("input[type=checkbox]").Select(i => i.GetAttribute("value"))
            .Should().Equal("fever", "weight-loss", "swelling-deformity", "night-pain", "upper-back-constant", "cough-sneeze-poo", "one-leg-weakness");
        form.QuerySelectorAll("input[name$='.Slug']").Select(i => i.GetAttribute("value"))
            .Should().Equal("massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication");
        foreach (var box in form.QuerySelectorAll("input[type=checkbox], input[type=radio], input[type=number], input[type=date], select, textarea"))
        {
            form.QuerySelector($"label[for='{box.Id}']").Should().NotBeNull($"#{box.Id} needs a real label");
        }

        form.QuerySelectorAll(".body-map-choices input[type=checkbox]").Select(i => form.QuerySelector($"label[for='{i.Id}']").Text())
            .Should().Equal("Neck, left", "Neck, right", "Shoulder, left", "Shoulder, right", "Between the shoulder blades",
                "Upper back, left", "Upper back, right", "Middle back, left", "Middle back, right", "Lower back, left", "Lower back, right",
                "Buttock or hip, left", "Buttock or hip, right", "Thigh, left", "Thigh, right", "Calf or foot, left", "Calf or foot, right");
        form.QuerySelector("#Form_Pain-hint").Text().Should().Contain("0 = no pain, 10 = worst pain imaginable");
        form.QuerySelectorAll("script:not([src])").Should().BeEmpty("no inline script");
    }

    [Fact]
    public async Task History_shows_thirty_check_ins_a_page_newest_first()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var today = app.Today();
        await app.SeedAsync(email, Enumerable.Range(0, 31).Select(i => ACheckIn(today.AddDays(-i), pain: i % 11)).ToArray());

        var first = await client.GetPageAsync("/checkins");
        var days = first.QuerySelectorAll(".checkin-day-group h2 time").Select(t => t.GetAttribute("datetime")).ToArray();
        days.Should().HaveCount(30);
        days[0].Should().Be(Iso(today));
        days.Should().BeInDescendingOrder();
        first.QuerySelector(".list-pager").Text().Should().Contain("Page 1 of 2");
        first.QuerySelector(".list-pager a[rel=next]")!.GetAttribute("href").Should().Be("/checkins?page=2");

        var second = await client.GetPageAsync("/checkins?page=2");
        second.QuerySelectorAll(".checkin-day-group h2 time").Select(t => t.GetAttribute("datetime")).Should().Equal(Iso(today.AddDays(-30)));
        second.QuerySelector(".list-pager a[rel=prev]")!.GetAttribute("href").Should().Be("/checkins?page=1");
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("0", 1)]
    [InlineData("-3", 1)]
    [InlineData("1.5", 1)]
    [InlineData("99", 2)]
    [InlineData("99999999999999999999", 2)]
    public async Task A_page_number_that_does_not_exist_shows_the_nearest_page(string page, int shown)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, Enumerable.Range(0, 31).Select(i => ACheckIn(app.Today().AddDays(-i))).ToArray());

        var history = await client.GetPageAsync($"/checkins?page={Uri.EscapeDataString(page)}");

        history.QuerySelector(".list-pager").Text().Should().Contain($"Page {shown} of 2");
    }

    [Fact]
    public async Task An_empty_history_invites_the_first_check_in()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var history = await client.GetPageAsync("/checkins");

        history.QuerySelector(".empty-state h2").Text().Should().Be("No check-ins yet");
        history.QuerySelector(".checkin-cta a")!.GetAttribute("href").Should().Be("/checkins/new");
        history.QuerySelector(".checkin-cta a").Text().Should().Be("Log today's check-in");
        history.QuerySelector(".list-pager").Should().BeNull();
    }

    [Theory]
    [InlineData(0, "none")]
    [InlineData(3, "mild")]
    [InlineData(4, "moderate")]
    [InlineData(7, "severe")]
    public async Task Each_row_names_the_pain_band(int pain, string band)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, ACheckIn(app.Today(), pain));

        var history = await client.GetPageAsync("/checkins");

        history.QuerySelector(".pain-badge").Text().Should().Be($"Pain {pain}/10 out of 10, {band}");
    }

    [Fact]
    public async Task The_oldest_allowed_day_is_accepted_and_the_day_before_it_is_refused()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var oldest = CheckInWindow.Earliest(app.Today());
        oldest.Should().Be(new DateOnly(2026, 10, 22), "today and the 29 days before it make the 30-day window");

        var refused = await client.LogAsync(null, ("Form.Day", Iso(oldest.AddDays(-1))), ("Form.Pain", "3"));
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(refused)).ErrorFor("Form_Day").Should().Be("Check-ins can go back 30 days: choose a date from Thursday 22 October 2026 to today.");
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();

        await client.LogAndFollowAsync(oldest, ("Form.Pain", "3"));
        (await app.CheckInsOfAsync(email)).Should().ContainSingle().Which.Day.Should().Be(oldest);
    }

    [Fact]
    public async Task Asking_for_a_day_outside_the_window_sets_the_form_to_today_and_says_why()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var future = await client.GetPageAsync("/checkins/new?day=2026-11-21");
        future.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be("2026-11-20");
        future.QuerySelector(".notice").Text().Should().Contain("hasn't happened yet");

        var garbage = await client.GetPageAsync("/checkins/new?day=yesterday");
        garbage.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be("2026-11-20");

        var yesterday = await client.GetPageAsync("/checkins/new?day=2026-11-19");
        yesterday.QuerySelector<IHtmlInputElement>("#Form_Day")!.Value.Should().Be("2026-11-19");
        yesterday.QuerySelector(".notice").Should().BeNull();
    }

    [Fact]
    public async Task A_check_in_older_than_the_window_can_still_be_corrected_but_not_moved_to_another_old_day()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var old = app.Today().AddDays(-45);
        await app.SeedAsync(email, ACheckIn(old, pain: 8));
        var id = (await app.CheckInsOfAsync(email)).Single().Id;

        var edit = await client.GetPageAsync($"/checkins/{id}/edit");
        var moved = await client.SubmitAsync(edit, Form, ("Form.Day", Iso(old.AddDays(-1))));
        moved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(moved)).ErrorFor("Form_Day").Should().StartWith("Check-ins can go back 30 days");

        var corrected = await client.SubmitAsync(edit, Form, ("Form.Pain", "6"));
        corrected.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.CheckInsOfAsync(email)).Single().Should().Match<CheckIn>(c => c.Day == old && c.PainLevel == 6);
    }

    [Fact]
    public async Task Moving_an_entry_to_a_day_that_has_one_keeps_both_under_that_day()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var today = app.Today();
        await app.SeedAsync(email, ACheckIn(today, pain: 2), ACheckIn(today.AddDays(-1), pain: 5));
        var checkIns = await app.CheckInsOfAsync(email);

        var edit = await client.GetPageAsync($"/checkins/{checkIns[0].Id}/edit");
        var response = await client.SubmitAsync(edit, Form, ("Form.Day", Iso(today)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.CheckInsOfAsync(email)).Select(c => (c.Day, c.PainLevel)).Should().BeEquivalentTo([(today, 5), (today, 2)]);
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
