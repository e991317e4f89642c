using System.Net;
using AngleSharp.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class GuidePagesTests(GuidePagesTests.Fixture app) : IClassFixture<GuidePagesTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    public static TheoryData<string> MethodSlugs => new() { "massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication" };

    public static TheoryData<string> EveryGuide => new()
    {
        "overview", "when-to-seek-care", "massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication",
    };

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

    [Theory]
    [InlineData("massage-therapy", 3)]
    [InlineData("stretching", 4)]
    [InlineData("heat-therapy", 2)]
    [InlineData("foam-rolling", 4)]
    public async Task Each_method_guide_shows_its_pictures_as_figures_with_alt_text_and_a_caption(string slug, int pictures)
    {
        var page = await app.CreateClient().GetPageAsync($"/guides/{slug}");

        var figures = page.QuerySelectorAll(".guide-body figure.guide-figure").ToArray();
        figures.Should().HaveCount(pictures);
        foreach (var figure in figures)
        {
            figure.QuerySelector("img")!.GetAttribute("alt").Should().NotBeNullOrWhiteSpace();
            figure.QuerySelector("img")!.GetAttribute("src").Should().MatchRegex(@"^/guides/images/[a-z-]+/[a-z-]+\.svg\?v=[0-9a-f]{12}$");
            figure.QuerySelector("figcaption").Text().Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task The_pain_medication_guide_has_no_pictures()
    {
        var page = await app.CreateClient().GetPageAsync("/guides/pain-medication");

        page.QuerySelectorAll(".guide-body img").Should().BeEmpty();
    }

    [Fact]
    public async Task Picture_addresses_answer_with_svg_and_a_year_long_immutable_cache()
    {
        var client = app.CreateClient();
        var page = await client.GetPageAsync("/guides/stretching");
        var sources = page.QuerySelectorAll(".guide-body figure img").Select(img => img.GetAttribute("src")!).ToArray();
        sources.Should().NotBeEmpty();

        foreach (var source in sources)
        {
            var response = await client.GetAsync(new Uri(source, UriKind.Relative));

            response.StatusCode.Should().Be(HttpStatusCode.OK, source);
            response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
            response.Headers.CacheControl!.ToString().Should().Be("public, max-age=31536000, immutable");
            (await response.Content.ReadAsStringAsync()).Should().Contain("<svg");
        }
    }

    [Theory]
    [InlineData("/guides/images/stretching/no-such-pose.svg")]
    [InlineData("/guides/images/pictures.yml")]
    [InlineData("/guides/images/..%2Fstretching.md")]
    [InlineData("/guides/images/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/guides/images/stretching/..%2F..%2F..%2Fstretching.md")]
    public async Task Unknown_pictures_other_files_and_paths_out_of_the_folder_are_not_served(string url)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("slug:").And.NotContain("pictures:");
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
        var library = GuideLibrary.Load(TempContent.RepoFolder);

        page.QuerySelector(".emergency-box h2").Text().Should().Contain("Emergency");
        page.QuerySelector(".emergency-box h2 svg.alert-icon").Should().NotBeNull("a box with an icon and a heading, not colour alone");
        page.QuerySelector(".urgent-box h2").Text().Should().Contain("doctor urgently");
        page.QuerySelectorAll(".emergency-box li").Select(li => li.Text())
            .Should().Equal(library.WarningSymptoms.Where(s => s.Tier == WarningTier.Emergency).Select(s => s.Label));
        page.QuerySelectorAll(".urgent-box li").Select(li => li.Text())
            .Should().Equal(library.WarningSymptoms.Where(s => s.Tier == WarningTier.Urgent).Select(s => s.Label));
        page.QuerySelector(".urgent-box").Text().Should().Contain("38 °C");
        page.QuerySelector(".emergency-box").Text().Should().Contain("both legs");
    }

    [Fact]
    public async Task The_seek_care_page_leads_with_the_emergency_box_and_uk_numbers_to_tap()
    {
        var page = await app.CreateClient().GetPageAsync("/guides/when-to-seek-care");

        var afterHeader = page.QuerySelectorAll("article.guide > *").Skip(1).Select(e => e.ClassName ?? e.LocalName).ToArray();
        afterHeader[0].Should().Contain("emergency-box", "the emergency signs come before anything milder");
        afterHeader[1].Should().Contain("urgent-box");
        afterHeader[2].Should().Be("guide-body");

        var emergency = page.QuerySelector(".emergency-box")!;
        emergency.QuerySelector("h2")!.Text().Should().Contain("call 999 or go to A&E now");
        emergency.QuerySelector("h2 svg.alert-icon[aria-hidden=true]").Should().NotBeNull("an icon as well as colour marks the box");
        emergency.QuerySelectorAll("a[href^='tel:']").Select(a => (a.GetAttribute("href"), a.Text())).Should().Equal(("tel:999", "Call 999"));

        var urgent = page.QuerySelector(".urgent-box")!;
        urgent.Text().Should().Contain("call NHS 111 or ask your GP");
        urgent.QuerySelectorAll("a[href^='tel:']").Select(a => (a.GetAttribute("href"), a.Text())).Should().Equal(("tel:111", "Call NHS 111"));
        page.QuerySelectorAll("[style]").Should().BeEmpty("styles live in CSS, never inline");
    }

    [Fact]
    public async Task Another_default_region_shows_its_own_numbers_and_words()
    {
        await using var australia = new AppFactory().With("Guidance:DefaultRegion", "AU");

        var page = await australia.CreateClient().GetPageAsync("/guides/when-to-seek-care");

        page.QuerySelector(".emergency-box h2")!.Text().Should().Contain("call 000 or go to the emergency department now");
        page.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).Should().Equal("tel:000", "tel:1800022222");
        page.QuerySelector(".urgent-box")!.Text().Should().Contain("healthdirect on 1800 022 222").And.Contain("ask your GP");
    }

    [Theory]
    [MemberData(nameof(MethodSlugs))]
    public async Task Each_method_opens_with_a_stop_and_get_help_box(string slug)
    {
        var page = await app.CreateClient().GetPageAsync($"/guides/{slug}");
        var guide = GuideLibrary.Load(TempContent.RepoFolder).FindMethod(slug)!;

        var afterHeader = page.QuerySelectorAll("article.guide > *").Skip(1).First();
        afterHeader.ClassList.Should().Contain("stop-box", "the reasons to stop come before the how-to");
        afterHeader.QuerySelector("h2")!.Text().Trim().Should().Be("Stop and get help if…");
        afterHeader.QuerySelector("h2 svg.alert-icon").Should().NotBeNull();
        afterHeader.QuerySelectorAll("li").Select(li => li.Text()).Should().Equal(guide.StopIf);
        afterHeader.QuerySelector("a[href='/guides/when-to-seek-care']").Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(EveryGuide))]
    public async Task Each_guide_ends_with_its_sources_and_the_date_it_was_last_reviewed(string slug)
    {
        var page = await app.CreateClient().GetPageAsync($"/guides/{slug}");
        var guide = GuideLibrary.Load(TempContent.RepoFolder).Find(slug)!;

        var foot = page.QuerySelector("article.guide > footer.guide-sources");
        foot.Should().NotBeNull();
        foot!.QuerySelector("h2")!.Text().Should().Be("Sources");
        foot.QuerySelectorAll("li a").Select(a => (a.GetAttribute("href"), a.Text()))
            .Should().Equal(guide.Sources.Select(s => ((string?)s.Url.AbsoluteUri, s.Title)));
        foot.QuerySelector(".reviewed")!.Text().Should().Be("Page last reviewed: 28 November 2026");
        foot.QuerySelector(".reviewed time")!.GetAttribute("datetime").Should().Be("2026-11-28");
        page.QuerySelectorAll("article.guide > *")[^1].LocalName.Should().Be("nav", "only the links to other guides follow the sources");
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
