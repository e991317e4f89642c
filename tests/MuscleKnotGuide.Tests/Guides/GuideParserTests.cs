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
        steps:
          - Warm a heating pad.
        cautions:
          - No more than about 20 minutes at a time.
          - Never while asleep.
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
        guide.BodyHtml.Should().Contain("<h2 id=\"why-heat-helps\">Why heat helps</h2>");
        guide.BodyHtml.Should().NotContain("slug:", "the front matter is not part of the body");
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
}
