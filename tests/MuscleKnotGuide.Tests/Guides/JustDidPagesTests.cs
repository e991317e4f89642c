using System.Net;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Guides;

/// <summary>"I just did this" on a method's guide page: a method entry in two taps and Save.</summary>
public sealed class JustDidPagesTests(JustDidPagesTests.Fixture app) : IClassFixture<JustDidPagesTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Fact]
    public async Task A_signed_in_person_taps_pain_before_and_after_and_the_entry_is_saved_at_their_own_time_with_a_link_to_the_day()
    {
        var client = app.CreateBrowserClient();
        // 12:00 UTC is 23:00 in Sydney: the entry takes the person's own day and time.
        var email = await client.RegisterAsync(timeZone: "Australia/Sydney");
        var page = await client.GetPageAsync("/guides/foam-rolling");
        var form = page.QuerySelector("#just-did form")!;
        page.QuerySelector("#just-did-heading").Text().Should().Be("I just did this");
        form.QuerySelectorAll("input[type=radio][name='JustDid.PainBefore']").Should().HaveCount(11);
        form.QuerySelectorAll("input[type=radio][name='JustDid.PainAfter']").Should().HaveCount(11);
        form.QuerySelector("input[name=__RequestVerificationToken]").Should().NotBeNull();

        var response = await client.SubmitAsync(page, "#just-did form", ("JustDid.PainBefore", "6"), ("JustDid.PainAfter", "4"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/guides/foam-rolling#just-did");
        var entry = (await app.CheckInsOfAsync(email)).Should().ContainSingle().Subject;
        entry.Should().BeEquivalentTo(new { Day = app.Today(), Time = (TimeOnly?)new TimeOnly(23, 0), PainLevel = 4 });
        entry.Methods.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MethodSlug = "foam-rolling", Minutes = (int?)null, PainBefore = 6, PainAfter = 4 });

        var after = await client.GetPageAsync("/guides/foam-rolling");
        after.QuerySelector(".method-entry-saved").Text().Should().StartWith("Saved to your diary: Foam rolling at 23:00, pain 6 → 4.");
        var link = after.QuerySelector(".method-entry-saved a")!.GetAttribute("href")!;
        link.Should().Be("/checkins#day-2026-11-20");
        (await client.GetPageAsync("/checkins")).QuerySelector("#day-2026-11-20").Should().NotBeNull();
        (await client.GetPageAsync("/guides/foam-rolling")).QuerySelector(".method-entry-saved").Should().BeNull("the notice shows once");
    }

    [Fact]
    public async Task Minutes_are_kept_when_given()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var page = await client.GetPageAsync("/guides/stretching");

        await client.SubmitAsync(page, "#just-did form", ("JustDid.PainBefore", "5"), ("JustDid.PainAfter", "5"), ("JustDid.Minutes", "12"));

        (await app.CheckInsOfAsync(email)).Single().Methods.Single().Minutes.Should().Be(12);
    }

    [Fact]
    public async Task Pain_medication_is_logged_as_taken_without_minutes_or_a_dose_as_on_the_check_in_form()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var page = await client.GetPageAsync("/guides/pain-medication");

        page.QuerySelector("#just-did-heading").Text().Should().Be("I just took this");
        page.QuerySelector("#just-did input[name='JustDid.Minutes']").Should().BeNull();
        page.QuerySelector("#just-did").Text().Should().NotContainAny("dose:", "mg");
        (await client.SubmitAsync(page, "#just-did form", ("JustDid.PainBefore", "7"), ("JustDid.PainAfter", "5"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await app.CheckInsOfAsync(email)).Single().Methods.Single().Should().BeEquivalentTo(new { MethodSlug = "pain-medication", Minutes = (int?)null, PainBefore = 7, PainAfter = 5 });
    }

    [Theory]
    [InlineData("abc", "4", "", "Pain before must be a whole number.")]
    [InlineData("5", "11", "", "Pain must be a whole number from 0 to 10.")]
    [InlineData("", "", "", "Choose your pain now (or before you started), from 0 to 10: every diary entry needs a pain level.")]
    [InlineData("5", "4", "0", "Minutes must be a whole number from 1 to 600, or left empty.")]
    [InlineData("5", "4", "1.5", "Minutes must be a whole number.")]
    public async Task Bad_input_is_a_400_on_the_guide_with_a_clear_message_and_saves_nothing(string before, string after, string minutes, string message)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var page = await client.GetPageAsync("/guides/stretching");

        var response = await client.SubmitAsync(page, "#just-did form", ("JustDid.PainBefore", before), ("JustDid.PainAfter", after), ("JustDid.Minutes", minutes));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var shown = await Html.ParseAsync(response);
        shown.QuerySelector("#just-did .error-summary").Text().Should().Contain(message);
        shown.QuerySelector("h1").Text().Should().Be("Stretching");
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("/guides/overview?handler=JustDid")]
    [InlineData("/guides/when-to-seek-care?handler=JustDid")]
    [InlineData("/guides/no-such-guide?handler=JustDid")]
    public async Task Posting_to_a_page_that_is_not_a_method_is_a_404_and_saves_nothing(string url)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var page = await client.GetPageAsync("/guides/stretching");
        var token = page.QuerySelector("#just-did input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("JustDid.PainAfter", "3"), new("__RequestVerificationToken", token)]);

        (await client.PostAsync(new Uri(url, UriKind.Relative), content)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_saves_nothing()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        using var content = new FormUrlEncodedContent([new("JustDid.PainAfter", "3")]);

        var response = await client.PostAsync(new Uri("/guides/stretching?handler=JustDid", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_visitor_sees_a_sign_in_link_and_one_who_posts_anyway_is_sent_to_sign_in_with_nothing_saved()
    {
        var visitor = app.CreateBrowserClient();
        var page = await visitor.GetPageAsync("/guides/heat-therapy");
        page.QuerySelector("#just-did form").Should().BeNull();
        page.QuerySelector("#just-did a")!.GetAttribute("href").Should().Be("/account/login?ReturnUrl=%2Fguides%2Fheat-therapy");

        var before = await app.WithDbAsync(db => db.CheckIns.CountAsync());
        var login = await visitor.GetPageAsync("/account/login");
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("JustDid.PainAfter", "3"), new("__RequestVerificationToken", token)]);
        var response = await visitor.PostAsync(new Uri("/guides/heat-therapy?handler=JustDid", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/login");
        (await app.WithDbAsync(db => db.CheckIns.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task The_visitors_cached_guide_page_stays_cached_and_never_carries_a_signed_in_form()
    {
        var visitor = app.CreateClient();
        var first = await visitor.GetAsync(new Uri("/guides/massage-therapy", UriKind.Relative));
        first.Headers.Contains("Set-Cookie").Should().BeFalse("a page shared by every visitor sets no cookie");

        var person = app.CreateBrowserClient();
        await person.RegisterAsync();
        var signedIn = await person.GetAsync(new Uri("/guides/massage-therapy", UriKind.Relative));
        signedIn.Headers.Age.Should().BeNull("a signed-in page is never served from the shared cache");
        (await Html.ParseAsync(signedIn)).QuerySelector("#just-did form").Should().NotBeNull();

        var again = await visitor.GetAsync(new Uri("/guides/massage-therapy", UriKind.Relative));
        again.Headers.Age.Should().NotBeNull("the visitors' page is still served from the output cache");
        var shown = await Html.ParseAsync(again);
        shown.QuerySelector("#just-did form").Should().BeNull();
        shown.QuerySelectorAll("input[name=__RequestVerificationToken]").Should().BeEmpty();
    }

    [Fact]
    public async Task Saving_a_method_entry_evicts_the_persons_cached_insights()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "8"));
        (await client.GetPageAsync("/insights")).QuerySelector("[data-figure=week] .figure").Text().Should().Be("8.0");

        await client.SubmitAsync(await client.GetPageAsync("/guides/stretching"), "#just-did form", ("JustDid.PainBefore", "6"), ("JustDid.PainAfter", "2"));

        (await client.GetPageAsync("/insights")).QuerySelector("[data-figure=week] .figure").Text().Should().Be("5.0", "the day's pain is the mean of its two entries");
    }
}
