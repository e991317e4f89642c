using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Caching;

/// <summary>Guide pages are served from the output cache; these prove the cache never shows the wrong page.</summary>
public sealed class GuidePageCacheTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public async Task A_page_cached_for_an_anonymous_visitor_is_not_shown_to_a_signed_in_person()
    {
        await using var app = new AppFactory().With("Content:Path", _content.Folder);
        var anonymous = app.CreateClient();
        (await anonymous.GetPageAsync("/guides/stretching")).QuerySelector("a[href='/account/login']").Should().NotBeNull();
        (await anonymous.GetPageAsync("/")).QuerySelector("a[href='/account/login']").Should().NotBeNull();

        var person = app.CreateBrowserClient();
        await person.RegisterAsync();

        foreach (var url in new[] { "/guides/stretching", "/" })
        {
            var page = await person.GetPageAsync(url);
            page.QuerySelector("a[href='/account']").Should().NotBeNull($"{url} is rendered for the signed-in person");
            page.QuerySelector("a[href='/account/login']").Should().BeNull();
        }
    }

    [Fact]
    public async Task A_guide_reload_is_served_at_once_even_though_the_old_page_was_cached()
    {
        await using var app = new AppFactory().With("Content:Path", _content.Folder);
        var client = app.CreateClient();
        (await client.GetPageAsync("/guides/heat-therapy")).QuerySelector("h1").Text().Should().Be("Heat therapy");
        (await client.GetPageAsync("/")).QuerySelectorAll(".method-card h3 a").Select(a => a.Text()).Should().Contain("Heat therapy");

        _content.Edit("heat-therapy.md", text => text.Replace("title: Heat therapy", "title: Warmth", StringComparison.Ordinal));
        app.Services.GetRequiredService<GuideCatalog>().Reload().Should().BeTrue();

        (await client.GetPageAsync("/guides/heat-therapy")).QuerySelector("h1").Text().Should().Be("Warmth");
        (await client.GetPageAsync("/")).QuerySelectorAll(".method-card h3 a").Select(a => a.Text()).Should().Contain("Warmth");
    }

    public void Dispose() => _content.Dispose();
}
