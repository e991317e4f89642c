using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Plans;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.YourData;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.YourData;

/// <summary>
/// Issue 17, item 5: what one diary can hold, the same through the forms and an import; copies of a plan refused;
/// imports rate-limited per person; and a diary at every limit exports to a file the import takes back.
/// </summary>
public sealed class DiaryLimitsTests(DiaryLimitsTests.Fixture app, ITestOutputHelper output) : IClassFixture<DiaryLimitsTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Plans_identical_to_one_the_person_has_or_to_an_earlier_one_in_the_file_are_left_out_and_counted()
    {
        var file = new ImportResult([], [], [], [TestDiary.Plan(Today), TestDiary.Plan(Today), TestDiary.Plan(Today, "walk"), TestDiary.Plan(Today.AddDays(1))]);

        var result = DiaryImport.WithinLimits(file, 0, 0, [TestDiary.Plan(Today.AddDays(1))]);

        result.CanBeSaved.Should().BeTrue();
        result.Plans.Select(p => (p.StartDate, p.Goal)).Should().Equal((Today, null), (Today, "walk"));
        result.SkippedPlans.Should().Be(2);
    }

    [Fact]
    public void A_file_that_would_pass_a_limit_is_refused_whole_with_the_reason()
    {
        var plans = Enumerable.Range(0, 2).Select(i => TestDiary.Plan(Today.AddDays(i))).ToList();
        var existing = Enumerable.Range(10, DiaryLimits.MaxSavedPlans - 1).Select(i => TestDiary.Plan(Today.AddDays(i))).ToList();
        var checkIns = new List<CheckIn> { TestDiary.FilledCheckIn(Today, notes: new string('a', 10)) };

        DiaryImport.WithinLimits(new ImportResult([], [], [], plans), 0, 0, existing).Problems
            .Should().Equal("This file has 2 new plans and your account has 99 plans; together that is more than the 100 one account keeps. Nothing was imported.");
        DiaryImport.WithinLimits(new ImportResult([], [], checkIns, []), DiaryLimits.MaxCheckIns, 0, []).Problems
            .Should().Equal("This file has 1 check-in and your diary has 20,000 check-ins; together that is more than the 20,000 one account keeps. Nothing was imported.");
        DiaryImport.WithinLimits(new ImportResult([], [], checkIns, []), 0, DiaryLimits.MaxNotesCharacters - 9, []).Problems
            .Should().ContainSingle().Which.Should().StartWith("The notes in this file (10 characters)");
        DiaryImport.WithinLimits(new ImportResult([], [], checkIns, plans), DiaryLimits.MaxCheckIns - 1, DiaryLimits.MaxNotesCharacters - 10, existing.Take(98))
            .CanBeSaved.Should().BeTrue("exactly at every limit is allowed");
    }

    [Fact]
    public void The_same_plan_has_the_same_fingerprint_whatever_the_order_of_its_methods()
    {
        var plan = TestDiary.Plan(Today, "walk daily");
        var reordered = TestDiary.Plan(Today, " walk daily ");
        reordered.Methods.Reverse();

        PlanFingerprint.Of(reordered).Should().Be(PlanFingerprint.Of(plan));
        PlanFingerprint.Of(TestDiary.Plan(Today, "walk")).Should().NotBe(PlanFingerprint.Of(plan));
        var otherTime = TestDiary.Plan(Today, "walk daily");
        otherTime.Methods[0].TimesOfDay = [new TimeOnly(9, 0), new TimeOnly(18, 30)];
        PlanFingerprint.Of(otherTime).Should().NotBe(PlanFingerprint.Of(plan));
    }

    [Fact]
    public async Task Saving_a_plan_identical_to_a_saved_one_is_refused_with_a_message_and_saves_nothing()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var first = await client.SubmitAsync(await client.GetPageAsync("/plan"), "form.plan-form", PlanTestData.ChooseAll());
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var again = await client.SubmitAsync(await client.GetPageAsync("/plan"), "form.plan-form", PlanTestData.ChooseAll());

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(again)).QuerySelector("#Form_Methods-error").Text().Should().Be(PlanFingerprint.AlreadySaved);
        (await app.PlanCountOfAsync(email)).Should().Be(1);
    }

    [Fact]
    public async Task Editing_a_plan_into_a_copy_of_another_is_refused_but_saving_it_unchanged_is_not()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, [], [TestDiary.Plan(Today, "one"), TestDiary.Plan(Today, "two")]);
        var userId = await TestDiary.UserIdOfAsync(app, email);
        var id = await app.WithDbAsync(db => db.SavedPlans.Where(p => p.UserId == userId && p.Goal == "two").Select(p => p.Id).SingleAsync());
        var edit = await client.GetPageAsync($"/plan/{id}/edit");

        (await client.SubmitAsync(edit, "form.plan-form")).StatusCode.Should().Be(HttpStatusCode.Redirect, "a plan is not a copy of itself");
        var copy = await client.SubmitAsync(edit, "form.plan-form", ("Form.Goal", "one"));

        (await Html.ParseAsync(copy)).QuerySelector("#Form_Methods-error").Text().Should().Be(PlanFingerprint.AlreadySaved);
        (await app.WithDbAsync(db => db.SavedPlans.Where(p => p.Id == id).Select(p => p.Goal).SingleAsync())).Should().Be("two");
    }

    [Fact]
    public async Task The_plan_form_refuses_a_plan_past_the_cap_with_a_message()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, [], Enumerable.Range(0, DiaryLimits.MaxSavedPlans).Select(i => TestDiary.Plan(Today.AddDays(i - 50))));

        var response = await client.SubmitAsync(await client.GetPageAsync("/plan"), "form.plan-form", PlanTestData.ChooseAll());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).QuerySelector("#Form_Methods-error").Text()
            .Should().Be("You have 100 saved plans, the most one account keeps. Delete a plan you no longer need, then save this one.");
        (await app.PlanCountOfAsync(email)).Should().Be(DiaryLimits.MaxSavedPlans);
    }

    [Fact]
    public async Task The_check_in_form_refuses_a_check_in_past_the_cap_and_a_note_past_the_notes_limit()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var userId = await TestDiary.UserIdOfAsync(app, email);
        // Days long before the form's window: only the count matters here.
        await app.SeedAsync(email, Enumerable.Range(1, DiaryLimits.MaxCheckIns).Select(i => TestDiary.FilledCheckIn(new DateOnly(1900, 1, 1).AddDays(i), notes: i <= 500 ? new string('n', 2000) : null)));

        var full = await client.LogAsync(null, ("Form.Pain", "4"));
        (await Html.ParseAsync(full)).QuerySelector("#Form_Day-error").Text().Should().Be(DiaryLimits.CheckInsFull);

        await app.WithDbAsync(db => db.CheckIns.Where(c => c.UserId == userId && c.Notes == null).OrderBy(c => c.Day).Take(10).ExecuteDeleteAsync());
        var longNote = await client.LogAsync(null, ("Form.Pain", "4"), ("Form.Notes", "one more word"));
        (await Html.ParseAsync(longNote)).QuerySelector("#Form_Notes-error").Text()
            .Should().Be("Your notes together can be up to 1,000,000 characters, and your other check-ins already hold 1,000,000. Please shorten this note.");
        (await client.LogAsync(null, ("Form.Pain", "4"))).StatusCode.Should().Be(HttpStatusCode.Redirect, "a check-in without a note still fits");
        (await app.CheckInsOfAsync(email)).Should().HaveCount(DiaryLimits.MaxCheckIns - 9);
    }

    [Fact]
    public async Task An_imported_note_and_goal_lose_their_control_characters_as_from_the_forms()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var userId = await TestDiary.UserIdOfAsync(app, email);
        var file = ExportJson(
            [new JsonObject { ["day"] = "2026-11-01", ["painLevel"] = 4, ["notes"] = "knot\u0000 eased\u001b[0m\nby heat" }],
            [new JsonObject { ["startDate"] = "2026-11-01", ["lengthDays"] = 7, ["goal"] = "walk\u0007 daily", ["methods"] = new JsonArray(new JsonObject { ["method"] = "stretching", ["timesPerDay"] = 1, ["minutes"] = 10, ["timesOfDay"] = new JsonArray("08:00") }) }]);

        var response = await client.ImportAsync(file);

        (await Html.ParseAsync(response)).QuerySelector("p.flash").Text().Should().Be("Imported 1 check-in and 1 plan.");
        (await app.CheckInsOfAsync(email)).Single().Notes.Should().Be("knot eased[0m\nby heat");
        (await app.WithDbAsync(db => db.SavedPlans.Where(p => p.UserId == userId).Select(p => p.Goal).SingleAsync())).Should().Be("walk daily");
    }

    [Fact]
    public async Task Importing_the_same_plans_twice_leaves_out_the_copies_and_says_so()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var file = ExportJson([], [new JsonObject { ["startDate"] = "2026-11-02", ["lengthDays"] = 14, ["goal"] = "twice", ["methods"] = new JsonArray(new JsonObject { ["method"] = "heat-therapy", ["timesPerDay"] = 1, ["minutes"] = 15, ["timesOfDay"] = new JsonArray("21:00") }) }]);
        await client.ImportAsync(file);

        var again = await client.ImportAsync(file);

        (await Html.ParseAsync(again)).QuerySelector("p.flash").Text()
            .Should().Be("Imported 0 check-ins and 0 plans. Left out 1 plan identical to one you already have.");
        (await app.PlanCountOfAsync(email)).Should().Be(1);
    }

    [Fact]
    public async Task Imports_past_the_hourly_limit_get_429_with_retry_after_per_person()
    {
        await using var own = new AppFactory().With("RateLimits:ImportsPerHour", "2");
        var client = own.CreateBrowserClient();
        await client.RegisterAsync();
        var other = own.CreateBrowserClient();
        await other.RegisterAsync();
        var file = ExportJson([], []);

        (await client.ImportAsync(file)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.ImportAsync(file)).StatusCode.Should().Be(HttpStatusCode.OK);
        var third = await client.ImportAsync(file);

        third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        int.Parse(third.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 3600);
        (await other.ImportAsync(file)).StatusCode.Should().Be(HttpStatusCode.OK, "the limit is per person, not per address");
    }

    [Fact]
    public void A_diary_at_every_limit_with_the_fullest_entries_exports_under_the_import_limit()
    {
        // The worst case: every check-in with every field at its largest, the notes budget spent on characters
        // that JSON escapes to six bytes each, and every plan with all methods six times a day and a full goal.
        var library = Library();
        var fullNotes = DiaryLimits.MaxNotesCharacters / CheckIn.NotesMaxLength;
        var checkIns = Enumerable.Range(0, DiaryLimits.MaxCheckIns)
            .Select(i => Fullest(library, new DateOnly(2000, 1, 1).AddDays(i / 50), i < fullNotes ? new string('<', CheckIn.NotesMaxLength) : null));
        var plans = Enumerable.Range(0, DiaryLimits.MaxSavedPlans).Select(i => FullestPlan(library, Today.AddDays(i)));

        var bytes = DiaryExport.From(checkIns, plans, DateTimeOffset.UnixEpoch).ToUtf8Json().Length;

        output.WriteLine($"Export at the limits: {bytes:N0} bytes ({bytes / 1024.0 / 1024.0:F1} MB); import limit {DiaryLimits.ImportFileBytes:N0} bytes.");
        bytes.Should().BeLessThan(DiaryLimits.ImportFileBytes);
    }

    [Fact]
    public async Task A_diary_at_the_limits_exports_and_imports_back_into_a_fresh_account()
    {
        // One check-in a day is the most the forms allow today: every day from the import's earliest to today.
        var library = Library();
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var days = Today.DayNumber - DiaryImport.EarliestDay.DayNumber + 1;
        var fullNotes = DiaryLimits.MaxNotesCharacters / CheckIn.NotesMaxLength;
        await app.SeedAsync(email,
            Enumerable.Range(0, days).Select(i => Fullest(library, DiaryImport.EarliestDay.AddDays(i), i < fullNotes ? new string('<', CheckIn.NotesMaxLength) : null)),
            Enumerable.Range(0, DiaryLimits.MaxSavedPlans).Select(i => FullestPlan(library, Today.AddDays(i - 50))));

        var export = await client.GetAsync(new Uri("/account/data/diary.json", UriKind.Relative));
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        output.WriteLine($"{days:N0} check-ins and {DiaryLimits.MaxSavedPlans} plans export to {bytes.Length:N0} bytes.");

        var fresh = app.CreateBrowserClient();
        var freshEmail = await fresh.RegisterAsync();
        var import = await fresh.ImportAsync(bytes);

        var page = await Html.ParseAsync(import);
        page.QuerySelector("p.flash").Text().Should().Be($"Imported {days} check-ins and {DiaryLimits.MaxSavedPlans} plans.", page.QuerySelector(".error-summary").Text());
        (await app.CheckInsOfAsync(freshEmail)).Should().HaveCount(days);
        (await app.PlanCountOfAsync(freshEmail)).Should().Be(DiaryLimits.MaxSavedPlans);
    }

    private GuideLibrary Library() => app.Services.GetRequiredService<GuideCatalog>().Current;

    private static CheckIn Fullest(GuideLibrary library, DateOnly day, string? notes) => new()
    {
        UserId = "",
        Day = day,
        PainLevel = 10,
        Stiffness = 10,
        Areas = BackAreas.UpperLeft | BackAreas.UpperRight | BackAreas.MiddleLeft | BackAreas.MiddleRight | BackAreas.LowerLeft | BackAreas.LowerRight,
        WarningSymptoms = library.WarningSymptoms.Select(s => s.Code).Distinct().ToList(),
        Notes = notes,
        StoppedSleeping = true,
        StoppedActivities = true,
        AfterFallOrInjury = true,
        Methods = library.Methods.Select(m => new MethodTried { MethodSlug = m.Slug, Minutes = CheckInRules.MaxMinutes, PainBefore = 10, PainAfter = 10, Effect = MethodEffect.HelpedALittle }).ToList(),
        CreatedAt = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.FromHours(-9.5)),
        UpdatedAt = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.FromHours(-9.5)),
    };

    private static SavedPlan FullestPlan(GuideLibrary library, DateOnly start) => new()
    {
        UserId = "",
        StartDate = start,
        LengthDays = 28,
        Goal = new string('<', SavedPlan.GoalMaxLength),
        Methods = library.Methods.Select(m => LabelDirected.Is(m)
            ? new PlannedMethod { MethodSlug = m.Slug, TimesPerDay = 0 }
            : new PlannedMethod { MethodSlug = m.Slug, TimesPerDay = PlanRules.MaxTimesPerDay, Minutes = PlanRules.MaxMinutes, TimesOfDay = [.. PlanRules.DefaultTimes(PlanRules.MaxTimesPerDay)] }).ToList(),
        CreatedAt = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero),
    };

    private static string ExportJson(JsonArray checkIns, JsonArray plans) => new JsonObject
    {
        ["format"] = DiaryExport.FormatName,
        ["version"] = DiaryExport.CurrentVersion,
        ["exportedAt"] = "2026-11-20T12:00:00Z",
        ["checkIns"] = checkIns,
        ["plans"] = plans,
    }.ToJsonString();
}
