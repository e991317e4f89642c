using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class GuideLibraryTests
{
    [Fact]
    public void The_repository_content_holds_five_methods_in_order_and_the_two_pages()
    {
        var library = GuideLibrary.Load(TempContent.RepoFolder);

        library.Methods.Select(m => m.Slug).Should().Equal("massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication");
        library.Methods.Select(m => m.Order).Should().Equal(1, 2, 3, 4, 5);
        library.Overview.Title.Should().NotBeEmpty();
        library.SeekCare.Title.Should().NotBeEmpty();
    }

    [Fact]
    public void The_warning_symptoms_come_from_when_to_seek_care_in_two_tiers()
    {
        var library = GuideLibrary.Load(TempContent.RepoFolder);

        library.WarningSymptoms.Where(s => s.Tier == WarningTier.Emergency).Select(s => s.Code)
            .Should().Equal("saddle-numbness", "bladder-bowel", "sexual-function", "both-legs", "chest-pain", "heart-attack-signs", "tearing-pain", "serious-fall");
        library.WarningSymptoms.Where(s => s.Tier == WarningTier.Urgent).Select(s => s.Code)
            .Should().Equal("fever", "weight-loss", "swelling-deformity", "night-pain", "upper-back-constant", "cough-sneeze-poo", "one-leg-weakness");
    }

    [Theory]
    [InlineData("saddle-numbness")]
    [InlineData("bladder-bowel")]
    [InlineData("both-legs")]
    [InlineData("chest-pain")]
    [InlineData("serious-fall")]
    [InlineData("fever")]
    [InlineData("weight-loss")]
    [InlineData("swelling-deformity")]
    [InlineData("night-pain")]
    public void Every_symptom_code_stored_check_ins_may_hold_is_still_known(string code)
    {
        GuideLibrary.Load(TempContent.RepoFolder).FindSymptom(code).Should().NotBeNull("check-ins saved before the list grew refer to it");
    }

    [Fact]
    public void The_warning_signs_include_those_the_clinical_review_asked_for()
    {
        var labels = GuideLibrary.Load(TempContent.RepoFolder).WarningSymptoms.ToDictionary(s => s.Code, s => s.Label);

        labels["both-legs"].Should().Contain("numbness, tingling or weakness in both legs");
        labels["heart-attack-signs"].Should().Contain("between the shoulder blades").And.Contain("breathlessness").And.Contain("arm, neck or jaw");
        labels["tearing-pain"].Should().Contain("tearing").And.Contain("throbbing");
        labels["sexual-function"].Should().Contain("erection");
        labels["upper-back-constant"].Should().Contain("between the shoulders");
        labels["cough-sneeze-poo"].Should().Contain("cough, sneeze or poo");
        labels["one-leg-weakness"].Should().Contain("one leg").And.Contain("drags");
    }

    [Fact]
    public void Every_guide_lists_web_sources_and_the_date_it_was_last_reviewed()
    {
        var library = GuideLibrary.Load(TempContent.RepoFolder);

        foreach (var guide in library.Methods.Append(library.Overview).Append(library.SeekCare))
        {
            guide.Sources.Should().NotBeEmpty(guide.Slug);
            guide.Sources.Should().OnlyContain(s => s.Url.Scheme == Uri.UriSchemeHttps, guide.Slug);
            guide.Reviewed.Should().Be(new DateOnly(2026, 11, 28), guide.Slug);
        }
    }

    [Fact]
    public void Every_method_opens_with_reasons_to_stop_and_get_help()
    {
        GuideLibrary.Load(TempContent.RepoFolder).Methods.Should().OnlyContain(m => m.StopIf.Count > 0);
    }

    [Fact]
    public void Pain_medication_content_never_gives_a_dose()
    {
        var library = GuideLibrary.Load(TempContent.RepoFolder);
        var guide = library.FindMethod("pain-medication")!;

        foreach (var any in library.Methods.Append(library.Overview).Append(library.SeekCare))
        {
            var text = any.BodyHtml + string.Join(' ', any.Steps) + string.Join(' ', any.Cautions) + string.Join(' ', any.StopIf) + any.Summary;
            text.Should().NotMatchRegex(@"(?i)\d+\s*(mg|milligram|microgram|ml\b|tablet|pill|capsule|dose|times a day)", any.Slug);
        }

        guide.HowOftenPerDay.Should().BeNull();
        guide.BodyHtml.Should().Contain("it is not an anti-inflammatory", "acetaminophen relieves pain but does not reduce inflammation");
    }

    [Fact]
    public void Pain_medication_follows_nice_ng59_and_names_paracetamol_both_ways()
    {
        var guide = GuideLibrary.Load(TempContent.RepoFolder).FindMethod("pain-medication")!;
        var text = guide.BodyHtml + string.Join(' ', guide.Cautions);

        text.Should().Contain("acetaminophen").And.Contain("aracetamol");
        guide.BodyHtml.Should().Contain("paracetamol is not advised for low back pain");
        guide.BodyHtml.Should().Contain("not recommended for back pain that lasts a long time").And.Contain("dependence");
        guide.Cautions.Should().Contain(c => c.Contains("lowest dose that helps, for the shortest time", StringComparison.Ordinal));
        guide.Cautions.Should().Contain(c => c.Contains("more than 10 days", StringComparison.Ordinal));
        guide.Sources.Select(s => s.Url.AbsoluteUri).Should().Contain("https://www.nice.org.uk/guidance/ng59");
    }

    [Fact]
    public void A_guide_whose_picture_file_is_missing_stops_the_load_naming_the_guide()
    {
        using var content = new TempContent();
        File.Delete(Path.Combine(content.Folder, "images", "stretching", "childs-pose.svg"));

        var act = () => GuideLibrary.Load(content.Folder);

        act.Should().Throw<GuideContentException>()
            .WithMessage("stretching.md refers to the picture 'images/stretching/childs-pose.svg', which is not an .svg file under content/images.");
    }

    [Fact]
    public void Every_picture_in_the_manifest_is_shown_by_its_guide_with_the_manifest_alt_text_and_caption()
    {
        var library = GuideLibrary.Load(TempContent.RepoFolder);
        var manifest = new YamlDotNet.Serialization.DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, List<Dictionary<string, string>>>>(File.ReadAllText(Path.Combine(TempContent.RepoFolder, "images", "pictures.yml")));

        manifest["pictures"].Should().HaveCount(13);
        foreach (var picture in manifest["pictures"])
        {
            var html = library.Find(picture["guide"])!.BodyHtml;
            html.Should().Contain($"<img src=\"/guides/images/{picture["file"]}?v=", $"the {picture["guide"]} guide shows {picture["file"]}");
            html.Should().Contain($"alt=\"{Escaped(picture["alt"])}\"");
            html.Should().Contain($"<figcaption>{Escaped(picture["caption"])}</figcaption>");
        }

        library.FindMethod("pain-medication")!.BodyHtml.Should().NotContain("<img", "the pain-medication guide needs no picture");

        // As Markdig escapes attribute and text content.
        static string Escaped(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_the_same_slug_are_refused()
    {
        using var content = new TempContent();
        content.Edit("foam-rolling.md", text => text.Replace("slug: foam-rolling", "slug: stretching", StringComparison.Ordinal));

        var act = () => GuideLibrary.Load(content.Folder);

        act.Should().Throw<GuideContentException>().WithMessage("stretching.md uses the slug 'stretching', which foam-rolling.md already uses.");
    }

    [Fact]
    public void Two_methods_with_the_same_order_are_refused()
    {
        using var content = new TempContent();
        content.Edit("foam-rolling.md", text => text.Replace("order: 4", "order: 2", StringComparison.Ordinal));

        var act = () => GuideLibrary.Load(content.Folder);

        act.Should().Throw<GuideContentException>().WithMessage("stretching.md uses order 2, which foam-rolling.md already uses.");
    }

    [Fact]
    public void Fewer_than_five_methods_are_refused()
    {
        using var content = new TempContent();
        content.Delete("foam-rolling.md");

        var act = () => GuideLibrary.Load(content.Folder);

        act.Should().Throw<GuideContentException>().WithMessage("The content folder must hold exactly 5 methods*found 4*");
    }

    [Fact]
    public void A_sixth_method_is_refused()
    {
        using var content = new TempContent();
        content.Write("yoga.md", content.Read("foam-rolling.md").Replace("slug: foam-rolling", "slug: yoga", StringComparison.Ordinal).Replace("order: 4", "order: 5", StringComparison.Ordinal));

        var act = () => GuideLibrary.Load(content.Folder);

        act.Should().Throw<GuideContentException>().WithMessage("yoga.md uses order 5, which pain-medication.md already uses.");
    }

    [Fact]
    public void A_missing_overview_is_refused()
    {
        using var content = new TempContent();
        content.Delete("overview.md");

        var act = () => GuideLibrary.Load(content.Folder);

        act.Should().Throw<GuideContentException>().WithMessage("The content folder has no page with slug 'overview'*");
    }

    [Fact]
    public void A_missing_content_folder_is_refused_with_its_path()
    {
        var act = () => GuideLibrary.Load("/nowhere/content");

        act.Should().Throw<GuideContentException>().WithMessage("The content folder '/nowhere/content' was not found*");
    }
}
