using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Insights;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Caching;

public sealed class PersonalPageCacheTests(PersonalPageCacheTests.Fixture app) : IClassFixture<PersonalPageCacheTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        public InsightsQueryCountTests.SqlCommandCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<DiaryDbContext>(options => options.AddInterceptors(Counter)));
        }
    }

    private static string ThisWeek(AngleSharp.Dom.IDocument page) => page.QuerySelector("[data-figure=week] .figure").Text();

    [Fact]
    public async Task A_second_visit_to_insights_is_served_without_touching_the_database_until_the_diary_changes()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "6"));
        var first = await client.GetPageAsync("/insights");
        ThisWeek(first).Should().Be("6.0");

        app.Counter.Reset();
        var again = await client.GetPageAsync("/insights");
        app.Counter.Count.Should().Be(0, "nothing changed in the diary since the last visit");
        ThisWeek(again).Should().Be("6.0");

        var today = (await client.GetPageAsync("/checkins")).QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var edit = await client.GetPageAsync(today);
        (await client.SubmitAsync(edit, "form.checkin-form", ("Form.Pain", "2"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        app.Counter.Reset();
        var afterEdit = await client.GetPageAsync("/insights");
        app.Counter.Count.Should().BeGreaterThan(0, "saving the check-in evicted the cached page");
        ThisWeek(afterEdit).Should().Be("2.0");
    }

    [Fact]
    public async Task One_persons_cached_insights_are_never_shown_to_another()
    {
        var anna = app.CreateBrowserClient();
        await anna.RegisterAsync();
        await anna.LogAndFollowAsync(null, ("Form.Pain", "8"));
        await anna.GetPageAsync("/insights");
        await anna.GetPageAsync("/insights");

        var ben = app.CreateBrowserClient();
        await ben.RegisterAsync();
        var bens = await ben.GetPageAsync("/insights");

        bens.QuerySelector("[data-figure=week]").Should().BeNull("Ben has logged nothing and sees the empty state");
        bens.Body!.TextContent.Should().NotContain("8 out of 10");
    }

    [Fact]
    public async Task A_cached_page_in_a_second_browser_carries_that_browsers_own_sign_out_token()
    {
        var laptop = app.CreateBrowserClient();
        var email = await laptop.RegisterAsync();
        await laptop.LogAndFollowAsync(null, ("Form.Pain", "5"));
        await laptop.GetPageAsync("/insights");

        var phone = app.CreateBrowserClient();
        (await phone.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await phone.GetPageAsync("/insights");
        var cached = await phone.GetPageAsync("/insights");

        var signOut = await phone.SubmitAsync(cached, "form[action='/account/logout']");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect, "the token on the page belongs to this browser, so signing out works");
        (await phone.GetAsync(new Uri("/insights", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Redirect, "signed out, the cached page is not served");
    }

    [Fact]
    public async Task Distinct_junk_query_strings_on_insights_share_one_cached_page()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "6"));
        await client.GetPageAsync("/insights");

        app.Counter.Reset();
        foreach (var url in new[] { "/insights?n=1", "/insights?n=2", "/insights?utm_source=mail&range=abc", "/insights?range=30&method=nonsense", "/insights?RANGE=7" })
        {
            ThisWeek(await client.GetPageAsync(url)).Should().Be("6.0");
        }

        app.Counter.Count.Should().Be(0, "every one of those links shows the default page, already cached");

        ThisWeek(await client.GetPageAsync("/insights?range=90")).Should().Be("6.0");
        app.Counter.Count.Should().BeGreaterThan(0, "another range is another page");
    }
}
