using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class GuidedSessionPagesTests(GuidedSessionPagesTests.Fixture app) : IClassFixture<GuidedSessionPagesTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Theory]
    [InlineData("stretching", 5)]
    [InlineData("foam-rolling", 4)]
    [InlineData("massage-therapy", 3)]
    [InlineData("heat-therapy", 1)]
    public async Task Each_exercise_guide_offers_a_guided_session_whose_page_without_script_is_the_ordered_steps(string slug, int steps)
    {
        var client = app.CreateClient();
        var guide = await client.GetPageAsync($"/guides/{slug}");
        var start = guide.QuerySelectorAll("a").Single(a => a.Text() == "Start a guided session");

        var page = await client.GetPageAsync(start.GetAttribute("href")!);

        page.QuerySelector("h1").Text().Should().Be(guide.QuerySelector("h1").Text());
        var items = page.QuerySelectorAll("ol.session-steps > li").ToArray();
        items.Should().HaveCount(steps);
        items.Should().OnlyContain(li => li.QuerySelector(".session-say").Text().Length > 0 && li.QuerySelector(".session-hold").Text().StartsWith("Time: "));
        foreach (var img in page.QuerySelectorAll("ol.session-steps img"))
        {
            img.GetAttribute("alt").Should().NotBeNullOrWhiteSpace();
            (await client.GetAsync(new Uri(img.GetAttribute("src")!, UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        page.QuerySelector("#session-player")!.HasAttribute("hidden").Should().BeTrue("the one-step-at-a-time player appears only with script");
        page.QuerySelectorAll("script:not([src])").Should().BeEmpty();
        page.QuerySelectorAll("[style]").Should().BeEmpty();
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().Contain(src => src!.StartsWith("/js/guided-session"));
    }

    [Fact]
    public async Task The_stretching_session_runs_cat_cow_then_childs_pose_then_the_twist_each_side_with_pictures()
    {
        var page = await app.CreateClient().GetPageAsync("/guides/stretching/session");

        var items = page.QuerySelectorAll("ol.session-steps > li").ToArray();
        items.Select(li => li.GetAttribute("data-hold")).Should().Equal("10", "60", "30", "30", "30");
        items.Select(li => li.QuerySelector("img")!.GetAttribute("src")!.Split('?')[0]).Should().Equal(
            "/guides/images/stretching/cat-cow-cow.svg", "/guides/images/stretching/cat-cow-cat.svg", "/guides/images/stretching/childs-pose.svg",
            "/guides/images/stretching/spinal-twist.svg", "/guides/images/stretching/spinal-twist.svg");
        items[2].QuerySelector(".session-hold").Text().Should().Be("Time: 30 seconds");
    }

    [Fact]
    public async Task Heat_gets_a_single_timer_within_its_20_minute_limit()
    {
        var page = await app.CreateClient().GetPageAsync("/guides/heat-therapy/session");

        var step = page.QuerySelectorAll("ol.session-steps > li").Should().ContainSingle().Subject;
        step.QuerySelector(".session-hold").Text().Should().Be("Time: 15 minutes");
        page.QuerySelector(".stop-box").Text().Should().Contain("too hot");
    }

    [Theory]
    [InlineData("/guides/pain-medication/session")]
    [InlineData("/guides/overview/session")]
    [InlineData("/guides/no-such-guide/session")]
    public async Task Guides_without_a_session_have_no_session_page(string url)
    {
        (await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_medication_guide_offers_no_session()
    {
        var page = await app.CreateClient().GetPageAsync("/guides/pain-medication");

        page.QuerySelectorAll("a").Should().NotContain(a => a.Text() == "Start a guided session");
    }

    [Fact]
    public async Task A_visitor_is_offered_to_sign_in_to_keep_the_session_and_gets_no_save_form()
    {
        var page = await app.CreateClient().GetPageAsync("/guides/stretching/session");

        page.QuerySelector("form#session-log").Should().BeNull();
        page.QuerySelector("#session-finish a")!.GetAttribute("href").Should().Be("/account/login?ReturnUrl=%2Fguides%2Fstretching%2Fsession");
    }

    [Fact]
    public async Task The_session_page_lets_the_screen_stay_awake_for_our_own_origin_only()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/guides/stretching/session", UriKind.Relative));

        var policy = string.Join(",", response.Headers.GetValues("Permissions-Policy"));
        policy.Should().Contain("screen-wake-lock=self").And.Contain("camera=()").And.Contain("geolocation=()");
    }

    [Fact]
    public async Task A_signed_in_person_saves_a_session_as_an_entry_of_its_own_and_is_offered_the_day()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, TestDiary.ACheckIn(app.Today(), pain: 7));
        var page = await client.GetPageAsync("/guides/stretching/session");
        page.QuerySelector("#Form_Minutes")!.GetAttribute("value").Should().Be("3", "the steps add up to 2 minutes 40 seconds");
        page.QuerySelector("#Form_PainAfter")!.HasAttribute("required").Should().BeTrue("every diary entry needs a pain level");

        var response = await client.SubmitAsync(page, "form#session-log", ("Form.PainBefore", "6"), ("Form.PainAfter", "4"), ("Form.Minutes", "4"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/guides/stretching/session");
        var entries = await app.CheckInsOfAsync(email);
        entries.Should().HaveCount(2, "the session is an entry of its own beside the morning's check-in");
        entries.Should().ContainSingle(c => c.Methods.Count == 0).Which.PainLevel.Should().Be(7);
        var session = entries.Single(c => c.Methods.Count == 1);
        session.Should().BeEquivalentTo(new { Day = app.Today(), Time = (TimeOnly?)new TimeOnly(12, 0), PainLevel = 4 });
        session.Methods.Single().Should().BeEquivalentTo(new { MethodSlug = "stretching", Minutes = 4, PainBefore = 6, PainAfter = 4 });
        var after = await client.GetPageAsync("/guides/stretching/session");
        after.QuerySelector(".method-entry-saved").Text().Should().StartWith("Saved to your diary: Stretching at 12:00, 4 minutes, pain 6 → 4.");
        after.QuerySelector(".method-entry-saved a")!.GetAttribute("href").Should().Be($"/checkins#day-{app.Today():yyyy-MM-dd}");
        var day = await client.GetPageAsync("/checkins");
        day.QuerySelectorAll($"[data-checkin-id='{session.Id}']").Should().ContainSingle();
    }

    [Theory]
    [InlineData("abc", "4", "3", "Pain before must be a whole number.")]
    [InlineData("5", "12", "3", "Pain must be a whole number from 0 to 10.")]
    [InlineData("5", "4", "9999", "Minutes must be a whole number from 1 to 600, or left empty.")]
    [InlineData("", "", "3", "Choose your pain now (or before you started), from 0 to 10: every diary entry needs a pain level.")]
    public async Task Bad_input_is_a_400_with_a_clear_message_and_saves_nothing(string before, string after, string minutes, string message)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var page = await client.GetPageAsync("/guides/foam-rolling/session");

        var response = await client.SubmitAsync(page, "form#session-log", ("Form.PainBefore", before), ("Form.PainAfter", after), ("Form.Minutes", minutes));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var shown = await Html.ParseAsync(response);
        shown.QuerySelector(".error-summary").Text().Should().Contain(message);
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_session_on_a_day_that_already_holds_fifty_entries_is_refused_with_a_clear_message()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email, Enumerable.Range(0, 50).Select(_ => TestDiary.ACheckIn(app.Today(), 3)).ToArray());
        var page = await client.GetPageAsync("/guides/heat-therapy/session");

        var response = await client.SubmitAsync(page, "form#session-log", ("Form.PainAfter", "2"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".error-summary").Text().Should().Contain("already has 50 entries, the most a day can hold");
        (await app.CheckInsOfAsync(email)).Should().HaveCount(50);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_saves_nothing()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        using var content = new FormUrlEncodedContent([new("Form.PainAfter", "3"), new("Form.Minutes", "3")]);

        var response = await client.PostAsync(new Uri("/guides/stretching/session", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_visitor_who_posts_anyway_is_sent_to_sign_in_and_nothing_is_saved()
    {
        var visitor = app.CreateBrowserClient();
        var before = await app.WithDbAsync(db => db.CheckIns.CountAsync());
        var login = await visitor.GetPageAsync("/account/login");
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("Form.PainAfter", "3"), new("Form.Minutes", "3"), new("__RequestVerificationToken", token)]);

        var response = await visitor.PostAsync(new Uri("/guides/stretching/session", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/login");
        (await app.WithDbAsync(db => db.CheckIns.CountAsync())).Should().Be(before);
    }
}
