using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.Plans;

/// <summary>
/// A signed-in person's saved plans: saved once, viewed, printed, edited and deleted, their own only, with what
/// helped them. Run on both database providers: SQLite (the default) and PostgreSQL (a throw-away cluster).
/// </summary>
public abstract class SavedPlanPagesTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : SavedPlanPagesTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : SavedPlanPagesTests(app.Required()), IClassFixture<PostgresAppFactory>;

    private static readonly DateOnly Today = new(2026, 11, 20);

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static async Task<int> SavePlanAsync(HttpClient client, params (string Key, string Value)[] values)
    {
        var response = await client.SubmitPlanAsync("/plan", values);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.Should().MatchRegex(@"^/plan/\d+$");
        return int.Parse(location["/plan/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_signed_in_plan_is_saved_once_and_can_be_viewed_printed_edited_and_deleted()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var id = await SavePlanAsync(client, ("Form.Goal", "Walk the dog every morning"));

        var view = await client.GetPageAsync($"/plan/{id}");
        view.QuerySelector(".flash").Text().Should().Be("Your plan is saved.");
        view.QuerySelectorAll(".button-row a").Select(a => a.GetAttribute("href")).Should().Equal(
            $"/plan/{id}/print", $"/plan/{id}/edit", $"/plan/{id}/calendar", $"/plan/{id}/delete");
        (await app.PlanCountOfAsync(email)).Should().Be(1);

        var list = await client.GetPageAsync("/plan");
        list.QuerySelectorAll(".plan-list a").Select(a => a.GetAttribute("href")).Should().Equal($"/plan/{id}");

        var print = await client.GetPageAsync($"/plan/{id}/print");
        print.QuerySelectorAll(".method-block").Should().HaveCount(5);
        print.QuerySelector(".sheet-goal").Text().Should().Contain("Walk the dog every morning");

        var edit = await client.GetPageAsync($"/plan/{id}/edit");
        edit.QuerySelector<IHtmlTextAreaElement>("#Form_Goal")!.Value.Should().Be("Walk the dog every morning");
        var response = await client.SubmitAsync(edit, "form.plan-form",
            ("Form.Methods[0].Chosen", ""), ("Form.Methods[3].Chosen", ""), ("Form.Methods[1].TimesPerDay", "3"), ("Form.Methods[1].Times[2]", "13:30"), ("Form.LengthDays", "28"));
        response.Headers.Location!.OriginalString.Should().Be($"/plan/{id}");
        var userId = await app.UserIdOfAsync(email);
        var saved = await app.WithDbAsync(db => db.PlansOf(userId).Include(p => p.Methods).SingleAsync());
        saved.LengthDays.Should().Be(28);
        saved.Methods.Select(m => m.MethodSlug).Should().BeEquivalentTo("stretching", "heat-therapy", "pain-medication");
        saved.Methods.Single(m => m.MethodSlug == "stretching").TimesOfDay.Should().Equal(new TimeOnly(8, 0), new TimeOnly(13, 30), new TimeOnly(19, 0));
        saved.Methods.Single(m => m.MethodSlug == "pain-medication").Should().BeEquivalentTo(new { TimesPerDay = 0, Minutes = (int?)null, TimesOfDay = new List<TimeOnly>() });

        var reprint = await client.GetPageAsync($"/plan/{id}/print");
        reprint.QuerySelectorAll("table.tracking-grid tbody tr").Should().HaveCount(28);

        var delete = await client.GetPageAsync($"/plan/{id}/delete");
        (await client.SubmitAsync(delete, "main form")).Headers.Location!.OriginalString.Should().Be("/plan");
        (await app.PlanCountOfAsync(email)).Should().Be(0);
        (await client.GetAsync(Url($"/plan/{id}"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_saved_plan_belongs_to_its_owner_only_and_is_404_for_anyone_else()
    {
        var owner = app.CreateBrowserClient();
        var ownerEmail = await owner.RegisterAsync();
        var id = await SavePlanAsync(owner);
        var other = app.CreateBrowserClient();
        await other.RegisterAsync();

        foreach (var path in new[] { $"/plan/{id}", $"/plan/{id}/print", $"/plan/{id}/calendar", $"/plan/{id}/edit", $"/plan/{id}/delete" })
        {
            (await other.GetAsync(Url(path))).StatusCode.Should().Be(HttpStatusCode.NotFound, $"GET {path} by another person");
            (await owner.GetAsync(Url(path))).StatusCode.Should().Be(HttpStatusCode.OK, $"GET {path} by the owner");
        }

        // Posts carry the other person's own valid antiforgery token, so only the ownership check can refuse them.
        var token = (await other.GetPageAsync("/plan")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        foreach (var path in new[] { $"/plan/{id}/edit", $"/plan/{id}/delete" })
        {
            using var content = new FormUrlEncodedContent(ChooseAll().Select(v => new KeyValuePair<string, string>(v.Key, v.Value))
                .Append(new("__RequestVerificationToken", token)).Append(new("Form.LengthDays", "7")).Append(new("Form.StartDate", "2026-11-20")));
            (await other.PostAsync(Url(path), content)).StatusCode.Should().Be(HttpStatusCode.NotFound, $"POST {path} by another person");
        }

        (await app.PlanCountOfAsync(ownerEmail)).Should().Be(1);
        var ownerId = await app.UserIdOfAsync(ownerEmail);
        (await app.WithDbAsync(db => db.PlansOf(ownerId).SingleAsync())).LengthDays.Should().Be(14, "the other person's edit changed nothing");

        var anonymous = app.CreateBrowserClient();
        (await anonymous.GetAsync(Url($"/plan/{id}"))).StatusCode.Should().Be(HttpStatusCode.Redirect, "viewing a saved plan needs sign-in");
    }

    [Fact]
    public async Task Validation_messages_show_next_to_their_fields_and_nothing_is_saved()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var none = await client.SubmitAsync(await client.GetPageAsync("/plan"), "form.plan-form");
        none.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(none);
        page.QuerySelector("#Form_Methods-error").Text().Should().Be("Choose at least one method.");
        page.QuerySelector(".error-summary a[href='#Form_Methods']").Text().Should().Be("Choose at least one method.");

        var bad = await client.SubmitPlanAsync("/plan",
            ("Form.Methods[1].Times[0]", "25:00"), ("Form.LengthDays", "10"), ("Form.Goal", new string('x', 301)));
        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        page = await Html.ParseAsync(bad);
        page.QuerySelector("#Form_Methods_1__Times_0_-error").Text().Should().Be("Enter time 1 for Stretching as hours and minutes from 00:00 to 23:59, like 08:00.");
        page.QuerySelector("#Form_Methods_1__Times_0_")!.ClassList.Should().Contain("input-validation-error");
        page.QuerySelector("#Form_Methods_1__Times_0_")!.GetAttribute("aria-describedby").Should().Contain("Form_Methods_1__Times_0_-error");
        page.QuerySelector("#Form_LengthDays-error").Text().Should().Be("Choose a plan length of 7, 14 or 28 days.");
        page.QuerySelector("#Form_Goal-error").Text().Should().Be("Keep your goal to 300 characters or fewer (it has 301).");
        page.QuerySelectorAll(".error-summary li").Should().HaveCount(3);
        page.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox]").Should().OnlyContain(c => c.IsChecked, "the choices are kept");

        var tampered = await client.SubmitPlanAsync("/plan", ("Form.Methods[0].Slug", "acupuncture"), ("Form.Methods[2].TimesPerDay", "99"));
        tampered.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(tampered)).QuerySelector("#Form_Methods-error").Text().Should().Be("Choose methods from the list.");

        (await app.PlanCountOfAsync(email)).Should().Be(0);
    }

    [Fact]
    public async Task A_signed_in_person_sees_what_helped_them_suggested_but_never_medication()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var userId = await app.UserIdOfAsync(email);
        await app.AddCheckInsAsync(Enumerable.Range(1, 4)
            .Select(i => CheckIn(userId, Today.AddDays(-i), 4,
                Tried("heat-therapy", 6, 3, MethodEffect.HelpedALot),
                Tried(LabelDirected.PainMedicationSlug, 8, 2, MethodEffect.HelpedALot),
                Tried("foam-rolling", 5, 5, MethodEffect.NoChange)))
            .ToArray());

        var page = await client.GetPageAsync("/plan");

        var suggestions = page.QuerySelectorAll(".plan-suggestions li").Select(li => li.Text()).ToArray();
        suggestions.Should().ContainSingle().Which.Should().Be(
            "Heat therapy: You tried it on 4 days, and your pain was on average 3.0 points lower afterwards, and you said it helped on 100% of the days you rated it.");
        page.QuerySelectorAll(".tag").Should().ContainSingle().Which.Closest(".plan-method")!.QuerySelector("label").Text().Should().Be("Heat therapy");
        page.QuerySelector(".plan-suggestions")!.TextContent.Should().NotContainAny("medication", "dose");
    }

    [Fact]
    public async Task The_printed_plan_of_a_signed_in_person_shows_their_name_and_recent_pain()
    {
        var client = app.CreateBrowserClient();
        var email = $"named-{Guid.NewGuid():N}@example.test";
        var register = await client.GetPageAsync("/account/register");
        (await client.SubmitAsync(register, "form.form", ("Form.Email", email), ("Form.DisplayName", "Robin"),
            ("Form.Password", Accounts.Password), ("Form.ConfirmPassword", Accounts.Password), ("Form.TimeZone", "UTC"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var userId = await app.UserIdOfAsync(email);
        await app.AddCheckInsAsync(CheckIn(userId, Today, 3), CheckIn(userId, Today.AddDays(-2), 6), CheckIn(userId, Today.AddDays(-20), 9));
        var id = await SavePlanAsync(client);

        var sheet = await client.GetPageAsync($"/plan/{id}/print");

        sheet.QuerySelector(".sheet-name").Text().Should().Be("Name: Robin");
        var pain = sheet.QuerySelector(".sheet-pain")!;
        var cells = pain.QuerySelectorAll("tbody td").Select(td => td.Text()).ToArray();
        cells.Should().HaveCount(14, "the last 14 days, each a cell");
        cells[^1].Should().Be("3");
        cells[^3].Should().Be("6");
        cells.Count(c => c == "–not recorded").Should().Be(12);
        pain.QuerySelectorAll("caption").Select(c => c.Text()).Should().Equal("Sat 7 Nov – Fri 13 Nov", "Sat 14 Nov – Fri 20 Nov");
        var chart = pain.QuerySelector("svg.pain-chart-svg[role=img]");
        chart.Should().NotBeNull("the insights chart heads the recent pain on the printed plan");
        chart!.QuerySelectorAll(".chart-markers circle").Should().HaveCount(2, "two of the last 14 days were logged");
        chart.QuerySelectorAll(".chart-x-label").Select(t => t.Text()).Last().Should().Be("20 Nov");
    }
}
