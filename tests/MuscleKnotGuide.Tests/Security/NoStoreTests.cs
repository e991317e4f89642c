using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

public sealed class NoStoreTests(NoStoreTests.Fixture app) : IClassFixture<NoStoreTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    public static TheoryData<string> SignedInResponses => new()
    {
        "/account/data", "/account/data/delete", "/account/data/checkins.csv", "/account/data/plans.csv", "/account/data/diary.json", "/guides/stretching",
    };

    [Theory]
    [MemberData(nameof(SignedInResponses))]
    public async Task Nothing_shown_to_a_signed_in_person_is_stored_by_the_browser(string url)
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Theory]
    [InlineData("/account/data")]
    [InlineData("/account/data/diary.json")]
    public async Task The_sign_in_redirect_of_a_private_page_is_not_stored_either(string url)
    {
        var response = await app.CreateBrowserClient().GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.CacheControl?.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Public_pages_for_visitors_and_style_sheets_stay_cacheable()
    {
        var client = app.CreateClient();

        (await client.GetAsync(new Uri("/guides/stretching", UriKind.Relative))).Headers.CacheControl?.NoStore.Should().NotBe(true);
        var signedIn = app.CreateBrowserClient();
        await signedIn.RegisterAsync();
        var page = await signedIn.GetPageAsync("/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        (await signedIn.GetAsync(new Uri(css, UriKind.Relative))).Headers.CacheControl?.NoStore.Should().NotBe(true);
    }
}
