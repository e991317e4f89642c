using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class GuidedSessionParsingTests
{
    private const string Picture = "![A person kneels with hips back towards the heels.](images/stretching/childs-pose.svg \"Child's pose\")";

    private static string Method(string session, string body = Picture) => $"""
        ---
        title: Stretching
        slug: stretching
        kind: method
        order: 2
        summary: Gentle stretches.
        stop_if:
          - Sharp pain.
        steps:
          - Stretch.
        cautions:
          - Gently.
        guided_session:
        {session}
        sources:
          - title: "NHS: Back pain"
            url: https://www.nhs.uk/conditions/back-pain/
        reviewed: 2026-11-28
        ---

        ## Child's pose

        {body}
        """;

    private static TreatmentGuide Parse(string markdown) => GuideParser.Parse("stretching.md", markdown, GuideImages.In(TempContent.RepoFolder));

    [Fact]
    public void A_step_without_a_hold_gets_30_seconds_and_shows_the_guides_picture_with_its_alt_text()
    {
        var guide = Parse(Method("""
              - say: "Sit back towards your heels."
                picture: images/stretching/childs-pose.svg
              - say: "Come up slowly."
                hold: 10
            """));

        guide.HasGuidedSession.Should().BeTrue();
        guide.GuidedSession.Should().HaveCount(2);
        guide.GuidedSession[0].HoldSeconds.Should().Be(30);
        guide.GuidedSession[0].Picture!.Alt.Should().Be("A person kneels with hips back towards the heels.");
        guide.GuidedSession[0].Picture!.Address.Should().MatchRegex(@"^/guides/images/stretching/childs-pose\.svg\?v=[0-9a-f]{12}$");
        guide.GuidedSession[1].Should().Be(new GuidedStep("Come up slowly.", 10, null));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1201)]
    public void A_hold_outside_5_seconds_to_20_minutes_stops_the_app_naming_the_file_and_step(int hold)
    {
        var act = () => Parse(Method($"""
              - say: "Hold."
                hold: {hold}
            """));

        act.Should().Throw<GuideContentException>().WithMessage($"stretching.md has guided_session step 1 with hold {hold}; it must be between 5 and 1200 seconds.");
    }

    [Fact]
    public void A_step_picture_the_guide_does_not_show_is_refused_so_every_picture_has_alt_text()
    {
        var act = () => Parse(Method("""
              - say: "Twist."
                picture: images/stretching/spinal-twist.svg
            """));

        act.Should().Throw<GuideContentException>().WithMessage("stretching.md has guided_session step 1 with the picture 'images/stretching/spinal-twist.svg', which the guide's text does not show.");
    }

    [Fact]
    public void A_step_without_words_is_refused()
    {
        var act = () => Parse(Method("""
              - picture: images/stretching/childs-pose.svg
            """));

        act.Should().Throw<GuideContentException>().WithMessage("stretching.md has an empty 'guided_session step 1 'say''.");
    }

    [Fact]
    public void A_page_may_not_have_a_guided_session()
    {
        var page = Method("""
              - say: "Hold."
            """).Replace("kind: method", "kind: page", StringComparison.Ordinal);

        var act = () => Parse(page);

        act.Should().Throw<GuideContentException>().WithMessage("*unknown front-matter field*");
    }
}
