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
            .Should().Equal("saddle-numbness", "bladder-bowel", "both-legs", "chest-pain", "serious-fall");
        library.WarningSymptoms.Where(s => s.Tier == WarningTier.Urgent).Select(s => s.Code)
            .Should().Equal("fever", "weight-loss", "swelling-deformity", "night-pain");
    }

    [Fact]
    public void Pain_medication_content_never_gives_a_dose()
    {
        var guide = GuideLibrary.Load(TempContent.RepoFolder).FindMethod("pain-medication")!;
        var text = guide.BodyHtml + string.Join(' ', guide.Steps) + string.Join(' ', guide.Cautions);

        text.Should().NotMatchRegex(@"\d+\s*(mg|milligram|tablet|pill|capsule)");
        guide.HowOftenPerDay.Should().BeNull();
        guide.BodyHtml.Should().Contain("it is not an anti-inflammatory", "acetaminophen relieves pain but does not reduce inflammation");
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
