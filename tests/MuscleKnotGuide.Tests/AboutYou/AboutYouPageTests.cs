using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;
using MuscleKnotGuide.Web.AboutYou;

using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Tests.AboutYou;

/// <summary>"About you" as a person meets it: asked once on home, changed on the account page, said on home, insights and plan.</summary>
public sealed class AboutYouPageTests(AboutYouPageTests.Fixture app) : IClassFixture<AboutYouPageTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private static readonly DateOnly Today = new(2026, 11, 20);

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, params (string Key, string Value)[] values)
    {
        var page = await client.GetPageAsync("/account/about-you");
        return await client.SubmitAsync(page, "#about-you-form", values);
    }

    [Fact]
    public async Task After_sign_up_home_asks_once_and_not_now_stops_it()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var home = await client.GetPageAsync("/");
        home.QuerySelector(".about-you-prompt h2").Text().Should().Be("About you (optional)");
        home.QuerySelector(".about-you-prompt a[href='/account/about-you']").Should().NotBeNull();

        var dismissed = await client.SubmitAsync(home, ".about-you-dismiss");
        dismissed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetPageAsync("/")).QuerySelector(".about-you-prompt").Should().BeNull();
        (await client.GetPageAsync("/account")).QuerySelector("a#about-you-link[href='/account/about-you']").Should().NotBeNull("it can still be answered later");
    }

    [Fact]
    public async Task A_history_of_cancer_is_said_on_home_insights_and_the_plan_and_can_be_taken_back()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var saved = await SaveAsync(client, ("Form.Cancer", "true"), ("Form.AgeBand", "20-49"), ("Form.NewPain", "no"));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var form = await client.GetPageAsync("/account/about-you");
        form.QuerySelector<IHtmlInputElement>("#Form_Cancer")!.IsChecked.Should().BeTrue();
        form.QuerySelector<IHtmlSelectElement>("#Form_AgeBand")!.Value.Should().Be("20-49");
        foreach (var url in new[] { "/", "/insights", "/plan" })
        {
            var page = await client.GetPageAsync(url);
            var advice = page.QuerySelectorAll(".advice").Single(a => a.QuerySelector("h2").Text() == RiskHistoryRules.HistoryHeading);
            advice.GetAttribute("data-level").Should().Be("Urgent", url);
            advice.QuerySelector(".advice-reasons").Text().Should().Contain("You have had cancer");
            page.QuerySelector(".about-you-prompt").Should().BeNull();
        }

        await SaveAsync(client, ("Form.Cancer", "false"));
        (await client.GetPageAsync("/insights")).QuerySelectorAll(".advice h2").Select(h => h.Text()).Should().NotContain(RiskHistoryRules.HistoryHeading);
    }

    [Fact]
    public async Task New_pain_at_50_or_over_advises_a_doctor_soon()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        await SaveAsync(client, ("Form.AgeBand", "50-or-over"), ("Form.NewPain", "yes"));

        var home = await client.GetPageAsync("/");
        home.QuerySelector(".advice[data-level='SeeDoctor'] .advice-reasons").Text().Should().Contain("new when you are 50 or over");
    }

    [Fact]
    public async Task A_fall_logged_by_someone_with_osteoporosis_is_emergency_advice()
    {
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, id =>
        {
            var checkIn = TestDiary.CheckIn(id, Today, 3);
            checkIn.AfterFallOrInjury = true;
            return [checkIn];
        });

        await SaveAsync(client, ("Form.Osteoporosis", "true"));

        var home = await client.GetPageAsync("/");
        var first = home.QuerySelector(".seek-care .advice")!;
        first.GetAttribute("data-level").Should().Be("Emergency");
        first.QuerySelector("h2").Text().Should().Be(RiskHistoryRules.FallHeading);
        first.QuerySelector("a[href='tel:999']").Should().NotBeNull();
    }

    [Fact]
    public async Task A_bad_age_band_gets_a_clear_message_and_saves_nothing()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var response = await SaveAsync(client, ("Form.Cancer", "true"), ("Form.AgeBand", "37"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".error-summary").Text().Should().Contain("Choose an age band from the list");
        var userId = await app.UserIdOfAsync(email);
        (await app.WithDbAsync(db => db.RiskHistories.CountAsync(r => r.UserId == userId))).Should().Be(0);
    }

    [Fact]
    public async Task About_you_travels_in_the_json_export_and_imports_into_another_account()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await SaveAsync(client, ("Form.Osteoporosis", "true"), ("Form.LongTermSteroids", "true"), ("Form.AgeBand", "50-or-over"), ("Form.NewPain", "yes"));

        var download = await client.GetAsync(new Uri("/account/data/diary.json", UriKind.Relative));
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await download.Content.ReadAsStringAsync();
        var aboutYou = JsonNode.Parse(json)!["aboutYou"]!;
        aboutYou["osteoporosis"]!.GetValue<bool>().Should().BeTrue();
        aboutYou["cancer"]!.GetValue<bool>().Should().BeFalse();
        aboutYou["ageBand"]!.GetValue<string>().Should().Be("50-or-over");
        JsonNode.Parse(json)!["version"]!.GetValue<int>().Should().Be(DiaryExport.CurrentVersion);

        var other = app.CreateBrowserClient();
        var otherEmail = await other.RegisterAsync();
        var imported = await YourDataSteps.ImportAsync(other, json);
        imported.StatusCode.Should().Be(HttpStatusCode.OK);
        var otherId = await app.UserIdOfAsync(otherEmail);
        var risk = await app.WithDbAsync(db => db.RiskHistories.SingleAsync(r => r.UserId == otherId));
        (risk.Osteoporosis, risk.LongTermSteroids, risk.Cancer).Should().Be((true, true, false));
        risk.AgeBand.Should().Be(AgeBand.From50);
        risk.NewPain.Should().BeTrue();
    }

    [Fact]
    public async Task An_export_without_about_you_has_no_such_section()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var json = await client.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative));

        JsonNode.Parse(json)!.AsObject().ContainsKey("aboutYou").Should().BeFalse();
    }
}
