using System.Net;
using AngleSharp.Dom;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class GuidePagesTests(GuidePagesTests.Fixture app) : IClassFixture<GuidePagesTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    public static TheoryData<string> MethodSlugs => new() { "massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication" };

    public static TheoryData<string> EveryPublicPage => new()
    {
        "/", "/guides/overview", "/guides/when-to-seek-care", "/guides/massage-therapy", "/guides/stretching",
        "/guides/heat-therapy", "/guides/foam-rolling", "/guides/pain-medication", "/account/login", "/account/register",
    };

    [Fact]
    public async Task Home_lists_the_five_methods_in_order_with_links_that_open()
    {
        var client = app.CreateClient();
        var home = await client.GetPageAsync("/");

        var cards = home.QuerySelectorAll(".method-card h3 a").ToArray();
        cards.Select(a => a.Text()).Should().Equal("Massage therapy", "Stretching", "Heat therapy", "Foam rolling", "Over-the-counter pain medication");
        foreach (var link in cards)
        {
            var page = await client.GetPageAsync(link.GetAttribute("href")!);
            page.QuerySelector("h1").Text().Should().Be(link.Text());
        }

        home.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(["/guides/overview", "/guides/when-to-seek-care"]);
    }

    [Theory]
    [MemberData(nameof(MethodSlugs))]
    public async Task Each_guide_shows_its_title_headings_and_cautions(string slug)
    {
        var page = await app.CreateClient().GetPageAsync($"/guides/{slug}");

        page.QuerySelector("h1").Text().Should().NotBeEmpty();
        page.Title.Should().StartWith(page.QuerySelector("h1").Text());
        page.QuerySelectorAll(".guide-body h2").Should().HaveCountGreaterThanOrEqualTo(2);
        var cautions = page.QuerySelector("aside.cautions");
        cautions.Should().NotBeNull();
        cautions!.QuerySelector("h2").Text().Should().Be("Cautions");
        cautions.QuerySelectorAll("li").Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task The_stretching_guide_names_all_three_stretches_as_headings()
    {
        var page = await app.CreateClient().GetPageAsync("/guides/stretching");

        page.QuerySelectorAll(".guide-body h2").Select(h => h.Text()).Should().Contain(["Cat-cow", "Child's pose", "Spinal twist"]);
        page.QuerySelectorAll(".guide-body ol").Should().HaveCountGreaterThanOrEqualTo(3, "each stretch has numbered steps");
    }

    [Fact]
    public async Task Methods_link_to_their_neighbours_in_order()
    {
        var client = app.CreateClient();

        var first = await client.GetPageAsync("/guides/massage-therapy");
        first.QuerySelector("a[rel=prev]").Should().BeNull();
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be("/guides/stretching");

        var middle = await client.GetPageAsync("/guides/heat-therapy");
        middle.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/guides/stretching");
        middle.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be("/guides/foam-rolling");

        var last = await client.GetPageAsync("/guides/pain-medication");
        last.QuerySelector("a[rel=next]").Should().BeNull();
    }

    [Fact]
    public async Task An_unknown_guide_is_a_friendly_404()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/guides/acupuncture", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("h1").Text().Should().Be("We can't find that page");
        page.QuerySelector("main a[href='/']").Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(EveryPublicPage))]
    public async Task Every_page_carries_the_not_medical_advice_notice(string url)
    {
        var page = await app.CreateClient().GetPageAsync(url);

        var notice = page.QuerySelector("#medical-notice");
        notice.Text().Should().Contain("not medical advice");
        notice!.QuerySelector("a")!.GetAttribute("href").Should().Be("/guides/when-to-seek-care");
    }

    [Fact]
    public async Task The_when_to_seek_care_page_lists_both_tiers_of_warning_symptoms()
    {
        var page = await app.CreateClient().GetPageAsync("/guides/when-to-seek-care");

        var headings = page.QuerySelectorAll(".guide-body h2").Select(h => h.Text()).ToArray();
        headings.Should().Contain(h => h.Contains("emergency", StringComparison.OrdinalIgnoreCase));
        headings.Should().Contain(h => h.Contains("doctor urgently", StringComparison.OrdinalIgnoreCase));
        page.QuerySelector(".guide-body").Text().Should().Contain("38 °C").And.Contain("both legs");
    }

    [Fact]
    public async Task Pages_use_only_assets_served_by_the_app()
    {
        var page = await app.CreateClient().GetPageAsync("/");

        var sources = page.QuerySelectorAll("link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"));
        sources.Should().OnlyContain(s => s!.StartsWith('/'));
        page.QuerySelectorAll("script:not([src])").Should().BeEmpty("inline scripts are not allowed");
    }
}
