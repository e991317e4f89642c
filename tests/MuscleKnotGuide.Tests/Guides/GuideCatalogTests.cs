using Microsoft.Extensions.Logging.Abstractions;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class GuideCatalogTests
{
    [Fact]
    public async Task Editing_a_file_updates_the_guide_without_a_restart()
    {
        using var content = new TempContent();
        using var catalog = new GuideCatalog(new ContentFolder(content.Folder), NullLogger<GuideCatalog>.Instance);

        content.Edit("heat-therapy.md", text => text.Replace("title: Heat therapy", "title: Warmth", StringComparison.Ordinal));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (catalog.Current.FindMethod("heat-therapy")!.Title != "Warmth" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        catalog.Current.FindMethod("heat-therapy")!.Title.Should().Be("Warmth");
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_version()
    {
        using var content = new TempContent();
        using var catalog = new GuideCatalog(new ContentFolder(content.Folder), NullLogger<GuideCatalog>.Instance, watch: false);
        var before = catalog.Current;

        content.Edit("heat-therapy.md", text => text.Replace("kind: method", "kind: [", StringComparison.Ordinal));

        catalog.Reload().Should().BeFalse();
        catalog.Current.Should().BeSameAs(before);
        catalog.Current.FindMethod("heat-therapy").Should().NotBeNull();
    }

    [Fact]
    public void Invalid_content_at_start_up_stops_with_the_file_and_the_problem()
    {
        using var content = new TempContent();
        content.Edit("stretching.md", text => text.Replace("order: 2", "order: 2\nfavourite: true", StringComparison.Ordinal));

        var act = () => new GuideCatalog(new ContentFolder(content.Folder), NullLogger<GuideCatalog>.Instance, watch: false);

        act.Should().Throw<GuideContentException>().WithMessage("stretching.md has an unknown front-matter field 'favourite'*");
    }
}
