using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Account;

/// <summary>The region on the account page decides the numbers and words of the guides, the advice and the printed plan.</summary>
public sealed class RegionTests(RegionTests.Fixture app) : IClassFixture<RegionTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private static readonly DateOnly Today = new(2026, 11, 20);

    public static TheoryData<string> Regions() => [.. CareRegion.All.Select(r => r.Code)];

    private static async Task ChooseAsync(HttpClient client, string code)
    {
        var account = await client.GetPageAsync("/account");
        var response = await client.SubmitAsync(account, "#region-form", ("Region", code));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/account");
    }

    [Fact]
    public async Task The_account_page_offers_the_seven_regions_with_the_sites_default_chosen()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var page = await client.GetPageAsync("/account");

        var select = page.QuerySelector<IHtmlSelectElement>("#region-form select#Region")!;
        select.Options.Select(o => o.Value).Should().Equal("UK", "IE", "US", "CA", "AU", "NZ", "EU");
        select.Value.Should().Be("UK");
        page.QuerySelector("label[for='Region']").Text().Should().Be("Country or region");
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task A_signed_in_person_sees_their_regions_numbers_and_words_on_the_seek_care_page(string code)
    {
        var region = CareRegion.Find(code)!;
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        await ChooseAsync(client, code);

        var account = await client.GetPageAsync("/account");
        account.QuerySelector<IHtmlSelectElement>("#Region")!.Value.Should().Be(code);
        account.QuerySelector(".flash").Text().Should().Contain(region.Name);
        var page = await client.GetPageAsync("/guides/when-to-seek-care");
        page.QuerySelector(".emergency-box h2").Text().Should().Contain($"call {region.EmergencyNumbersText} or go to {region.EmergencyDepartment} now");
        page.QuerySelectorAll(".emergency-box a[href^='tel:']").Select(a => a.GetAttribute("href"))
            .Should().Equal(region.EmergencyLines.Select(l => l.TelHref));
        page.QuerySelector(".urgent-box").Text().Should().Contain($"ask your {region.Doctor}");
    }

    [Fact]
    public async Task A_signed_in_person_in_the_US_sees_911_and_urgent_care_in_their_advice_and_plan()
    {
        var client = app.CreateBrowserClient();
        await app.RegisterWithCheckInsAsync(client, id =>
            [TestDiary.CheckIn(id, Today, 9, ["both-legs"])]);
        await ChooseAsync(client, "US");

        var insights = await client.GetPageAsync("/insights");
        var emergency = insights.QuerySelector(".advice-emergency")!;
        emergency.Text().Should().Contain("Call 911 or go to the emergency room now.");
        emergency.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).Should().Equal("tel:911");
        insights.QuerySelector(".advice-gethelptoday .advice-where").Text()
            .Should().Be("Ask your doctor for an appointment today, or go to urgent care.");
        insights.Body!.TextContent.Should().NotContain("999").And.NotContain("A&E").And.NotContain("NHS 111");

        var home = await client.GetPageAsync("/");
        home.QuerySelector(".advice-emergency").Text().Should().Contain("Call 911");
        var plan = await client.GetPageAsync("/plan/print?start=2026-11-20&days=14&m=stretching.10.0800");
        plan.QuerySelector(".sheet-seek-care h3").Text().Should().Be("Call 911 now if back pain comes with:");
    }

    [Fact]
    public async Task A_visitor_and_a_person_who_has_not_chosen_see_the_sites_default_region()
    {
        var visitor = await app.CreateClient().GetPageAsync("/guides/when-to-seek-care");
        visitor.QuerySelector(".emergency-box h2").Text().Should().Contain("call 999 or go to A&E now");

        var client = app.CreateBrowserClient();
        await app.RegisterWithCheckInsAsync(client, id => [TestDiary.CheckIn(id, Today, 3, ["fever"])]);
        var insights = await client.GetPageAsync("/insights");
        insights.QuerySelector(".advice-urgent .advice-where").Text().Should().Be("Ask your GP for an appointment today, or call NHS 111.");
    }

    [Fact]
    public async Task Changing_region_changes_the_cached_insights_page_at_once()
    {
        var client = app.CreateBrowserClient();
        await app.RegisterWithCheckInsAsync(client, id => [TestDiary.CheckIn(id, Today, 2, ["chest-pain"])]);
        (await client.GetPageAsync("/insights")).QuerySelector(".advice-emergency").Text().Should().Contain("Call 999");

        await ChooseAsync(client, "AU");

        (await client.GetPageAsync("/insights")).QuerySelector(".advice-emergency").Text().Should().Contain("Call 000").And.NotContain("999");
    }

    [Fact]
    public async Task An_unknown_region_gets_a_clear_message_and_changes_nothing()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        var account = await client.GetPageAsync("/account");

        var response = await client.SubmitAsync(account, "#region-form", ("Region", "XX"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".error-summary").Text().Should().Contain("Choose where you live from the list.");
        (await client.GetPageAsync("/account")).QuerySelector<IHtmlSelectElement>("#Region")!.Value.Should().Be("UK");
    }

    [Fact]
    public async Task The_region_page_needs_sign_in()
    {
        var response = await app.CreateBrowserClient().GetAsync(new Uri("/account/region", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
