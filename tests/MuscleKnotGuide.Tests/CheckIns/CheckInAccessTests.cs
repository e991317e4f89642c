using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class CheckInAccessTests(CheckInAccessTests.Fixture app) : IClassFixture<CheckInAccessTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Theory]
    [InlineData("/checkins")]
    [InlineData("/checkins/new")]
    [InlineData("/checkins/1/edit")]
    [InlineData("/checkins/1/delete")]
    [InlineData("/account")]
    public async Task An_anonymous_visit_redirects_to_sign_in_and_back(string url)
    {
        var response = await app.CreateBrowserClient().GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        location.AbsolutePath.Should().Be("/account/login");
        location.Query.Should().Be($"?ReturnUrl={Uri.EscapeDataString(url)}");
    }

    [Fact]
    public async Task Signing_in_from_the_redirect_returns_to_the_page_asked_for()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.SignOutAsync();

        var login = await client.GetPageAsync("/account/login?ReturnUrl=%2Fcheckins%2Fnew");
        var response = await client.SubmitAsync(login, "form.form", ("Form.Email", email), ("Form.Password", Accounts.Password));

        response.Headers.Location!.OriginalString.Should().Be("/checkins/new");
    }

    [Fact]
    public async Task Another_persons_check_in_answers_404_to_every_look_edit_and_delete()
    {
        var owner = app.CreateBrowserClient();
        var ownerEmail = await owner.RegisterAsync();
        await owner.LogAndFollowAsync(null, ("Form.Pain", "6"), ("Form.Notes", "private note"));
        var theirs = (await app.CheckInsOfAsync(ownerEmail)).Single();

        var other = app.CreateBrowserClient();
        await other.RegisterAsync();

        foreach (var url in new[] { $"/checkins/{theirs.Id}/edit", $"/checkins/{theirs.Id}/delete" })
        {
            var look = await other.GetAsync(new Uri(url, UriKind.Relative));
            look.StatusCode.Should().Be(HttpStatusCode.NotFound, $"GET {url}");
            (await look.Content.ReadAsStringAsync()).Should().NotContain("private note");
        }

        var edit = await other.PostWithTokenAsync($"/checkins/{theirs.Id}/edit", ("Form.Day", Iso(app.Today())), ("Form.Pain", "0"), ("Form.Notes", "overwritten"));
        edit.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var delete = await other.PostWithTokenAsync($"/checkins/{theirs.Id}/delete");
        delete.StatusCode.Should().Be(HttpStatusCode.NotFound);

        var history = await other.GetPageAsync("/checkins");
        history.QuerySelectorAll("li.checkin-row").Should().BeEmpty();

        var after = (await app.CheckInsOfAsync(ownerEmail)).Single();
        (after.PainLevel, after.Notes).Should().Be((6, "private note"));
    }

    [Theory]
    [InlineData("/checkins/new")]
    [InlineData("/checkins/{id}/edit")]
    [InlineData("/checkins/{id}/delete")]
    [InlineData("/account?handler=Profile")]
    [InlineData("/account?handler=Password")]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400(string url)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "6"));
        var id = (await app.CheckInsOfAsync(email)).Single().Id;

        using var content = new FormUrlEncodedContent([new("Form.Day", Iso(app.Today())), new("Form.Pain", "1"), new("Profile.TimeZone", "UTC")]);
        var response = await client.PostAsync(new Uri(url.Replace("{id}", $"{id}", StringComparison.Ordinal), UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.CheckInsOfAsync(email)).Should().ContainSingle().Which.PainLevel.Should().Be(6);
    }

    [Fact]
    public async Task Unknown_ids_are_a_404_not_an_error()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        (await client.GetAsync(new Uri("/checkins/999999/edit", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri("/checkins/abc/edit", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.PostWithTokenAsync("/checkins/2147483647/delete")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_migrations_match_the_model()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();

        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a migration");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }
}
