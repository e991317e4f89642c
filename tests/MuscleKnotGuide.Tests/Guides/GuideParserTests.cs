using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class GuideParserTests
{
    private const string ValidMethod = """
        ---
        title: Heat therapy
        slug: heat-therapy
        kind: method
        order: 3
        summary: Warmth relaxes tight muscles.
        how_often: 2
        how_long: 15
        stop_if:
          - The heat stings.
        steps:
          - Warm a heating pad.
        cautions:
          - No more than about 20 minutes at a time.
          - Never while asleep.
        sources:
          - title: "NHS: Back pain"
            url: https://www.nhs.uk/conditions/back-pain/
        reviewed: 2026-11-28
        ---

        ## Why heat helps

        Heat raises blood flow.
        """;

    [Fact]
    public void A_valid_method_file_is_parsed_with_its_front_matter_and_rendered_body()
    {
        var guide = GuideParser.Parse("heat-therapy.md", ValidMethod);

        guide.Slug.Should().Be("heat-therapy");
        guide.Title.Should().Be("Heat therapy");
        guide.Kind.Should().Be(GuideKind.Method);
        guide.Order.Should().Be(3);
        guide.HowOftenPerDay.Should().Be(2);
        guide.HowLongMinutes.Should().Be(15);
        guide.Steps.Should().Equal("Warm a heating pad.");
        guide.Cautions.Should().Equal("No more than about 20 minutes at a time.", "Never while asleep.");
        guide.StopIf.Should().Equal("The heat stings.");
        guide.Sources.Should().Equal(new GuideSource("NHS: Back pain", new Uri("https://www.nhs.uk/conditions/back-pain/")));
        guide.Reviewed.Should().Be(new DateOnly(2026, 11, 28));
        guide.BodyHtml.Should().Contain("<h2 id=\"why-heat-helps\">Why heat helps</h2>");
        guide.BodyHtml.Should().NotContain("slug:", "the front matter is not part of the body");
    }

    [Fact]
    public void A_picture_alone_in_a_paragraph_renders_as_a_figure_with_its_alt_text_caption_and_versioned_address()
    {
        var markdown = ValidMethod + "\n\n![A person kneels, arms forward.](images/stretching/childs-pose.svg \"Child's pose & rest\")\n";

        var guide = GuideParser.Parse("heat-therapy.md", markdown, GuideImages.In(TempContent.RepoFolder));

        guide.BodyHtml.Should().MatchRegex(
            "<figure class=\"guide-figure\"><img src=\"/guides/images/stretching/childs-pose.svg\\?v=[0-9a-f]{12}\" alt=\"A person kneels, arms forward.\" loading=\"lazy\"><figcaption>Child's pose &amp; rest</figcaption></figure>");
        guide.BodyHtml.Should().NotContain("<p><img", "a picture on its own is a figure, not a paragraph");
    }

    [Fact]
    public void A_picture_without_alt_text_is_refused_naming_the_file()
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod + "\n![](images/stretching/childs-pose.svg \"Caption\")\n", GuideImages.In(TempContent.RepoFolder));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md has the picture 'images/stretching/childs-pose.svg' without alt text*");
    }

    [Theory]
    [InlineData("images/stretching/no-such-pose.svg")]
    [InlineData("images/../overview.md")]
    [InlineData("images/pictures.yml")]
    [InlineData("https://example.com/pose.svg")]
    public void A_picture_that_is_not_an_svg_file_under_content_images_is_refused_naming_the_file(string path)
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod + $"\n![A pose]({path} \"Caption\")\n", GuideImages.In(TempContent.RepoFolder));

        act.Should().Throw<GuideContentException>().WithMessage($"heat-therapy.md refers to the picture '{path}', which is not an .svg file under content/images.");
    }

    [Fact]
    public void Raw_html_in_the_markdown_is_shown_as_text_not_passed_through()
    {
        var guide = GuideParser.Parse("heat-therapy.md", ValidMethod + "\n<script>alert(1)</script>\n\n<b onclick=\"x()\">bold</b>\n");

        guide.BodyHtml.Should().NotContain("<script>").And.NotContain("<b ");
        guide.BodyHtml.Should().Contain("&lt;script&gt;");
    }

    [Fact]
    public void A_file_without_front_matter_is_refused()
    {
        var act = () => GuideParser.Parse("notes.md", "## Just a heading\n");

        act.Should().Throw<GuideContentException>().WithMessage("notes.md has no YAML front matter*");
    }

    [Fact]
    public void An_unknown_front_matter_field_is_refused_with_its_name()
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace("order: 3", "order: 3\ncolour: red", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md has an unknown front-matter field 'colour'*");
    }

    [Fact]
    public void A_method_only_field_on_a_page_is_refused()
    {
        var page = "---\ntitle: Overview\nslug: overview\nkind: page\nsummary: About knots.\norder: 1\n---\nBody\n";

        var act = () => GuideParser.Parse("overview.md", page);

        act.Should().Throw<GuideContentException>().WithMessage("overview.md has an unknown front-matter field 'order' for a page*");
    }

    [Theory]
    [InlineData("title: Heat therapy\n", "title")]
    [InlineData("summary: Warmth relaxes tight muscles.\n", "summary")]
    [InlineData("order: 3\n", "order")]
    [InlineData("kind: method\n", "kind")]
    [InlineData("reviewed: 2026-11-28\n", "reviewed")]
    [InlineData("stop_if:\n  - The heat stings.\n", "stop_if")]
    public void A_missing_required_field_is_refused_with_its_name(string line, string field)
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace(line, "", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage($"heat-therapy.md is missing the front-matter field '{field}'*");
    }

    [Fact]
    public void Cautions_are_required_for_a_method()
    {
        var withoutCautions = ValidMethod.Replace("cautions:\n  - No more than about 20 minutes at a time.\n  - Never while asleep.\n", "", StringComparison.Ordinal);

        var act = () => GuideParser.Parse("heat-therapy.md", withoutCautions);

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md is missing the front-matter field 'cautions'*");
    }

    [Fact]
    public void Unreadable_yaml_is_refused_with_the_file_and_line()
    {
        var broken = ValidMethod.Replace("summary: Warmth relaxes tight muscles.", "summary: [unclosed", StringComparison.Ordinal);

        var act = () => GuideParser.Parse("heat-therapy.md", broken);

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md: the front matter is not readable YAML (line *");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused()
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace("order: 3", "order: third", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md: the front matter is not readable YAML*");
    }

    [Fact]
    public void An_order_outside_one_to_five_is_refused()
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace("order: 3", "order: 6", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md has order 6; it must be between 1 and 5*");
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace("kind: method", "kind: recipe", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md has kind 'recipe'; expected 'method' or 'page'*");
    }

    [Fact]
    public void A_guide_without_sources_is_refused()
    {
        var withoutSources = ValidMethod.Replace("sources:\n  - title: \"NHS: Back pain\"\n    url: https://www.nhs.uk/conditions/back-pain/\n", "", StringComparison.Ordinal);

        var act = () => GuideParser.Parse("heat-therapy.md", withoutSources);

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md is missing the front-matter field 'sources'*");
    }

    [Fact]
    public void An_empty_list_of_sources_is_refused()
    {
        var emptySources = ValidMethod.Replace("sources:\n  - title: \"NHS: Back pain\"\n    url: https://www.nhs.uk/conditions/back-pain/\n", "sources: []\n", StringComparison.Ordinal);

        var act = () => GuideParser.Parse("heat-therapy.md", emptySources);

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md needs at least one item in 'sources'.");
    }

    [Fact]
    public void A_source_without_a_title_is_refused()
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace("  - title: \"NHS: Back pain\"\n", "  - title: \"\"\n", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md has a source without a 'title'.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("www.nhs.uk/conditions/back-pain/")]
    [InlineData("/guides/overview")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/back-pain")]
    public void A_source_without_an_http_address_is_refused(string url)
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace("url: https://www.nhs.uk/conditions/back-pain/", $"url: \"{url}\"", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md has the source 'NHS: Back pain' without an http(s) 'url'.");
    }

    [Theory]
    [InlineData("28/11/2026")]
    [InlineData("2026-02-30")]
    [InlineData("November 2026")]
    [InlineData("\"\"")]
    public void A_reviewed_date_that_is_not_a_real_yyyy_mm_dd_date_is_refused(string value)
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace("reviewed: 2026-11-28", $"reviewed: {value}", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md has reviewed '*'; use a date written YYYY-MM-DD.");
    }

    [Fact]
    public void A_method_needs_at_least_one_reason_to_stop()
    {
        var act = () => GuideParser.Parse("heat-therapy.md", ValidMethod.Replace("stop_if:\n  - The heat stings.\n", "stop_if: []\n", StringComparison.Ordinal));

        act.Should().Throw<GuideContentException>().WithMessage("heat-therapy.md needs at least one item in 'stop_if'.");
    }

    [Fact]
    public void A_page_needs_sources_and_a_review_date_too()
    {
        var page = "---\ntitle: Overview\nslug: overview\nkind: page\nsummary: About knots.\nreviewed: 2026-11-28\n---\nBody\n";

        var act = () => GuideParser.Parse("overview.md", page);

        act.Should().Throw<GuideContentException>().WithMessage("overview.md is missing the front-matter field 'sources'*");
    }

    [Fact]
    public void A_stop_box_on_a_page_is_refused()
    {
        var page = "---\ntitle: Overview\nslug: overview\nkind: page\nsummary: About knots.\nstop_if:\n  - Pain.\n---\nBody\n";

        var act = () => GuideParser.Parse("overview.md", page);

        act.Should().Throw<GuideContentException>().WithMessage("overview.md has an unknown front-matter field 'stop_if' for a page*");
    }
}
