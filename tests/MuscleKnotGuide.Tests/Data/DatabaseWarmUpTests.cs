using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

public sealed class DatabaseWarmUpTests
{
    private const string AuthCookie = "mkg-auth";

    private static HttpRequest Request(string method, string path, string? cookie = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{cookie}=value";
        }

        return context.Request;
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/guides/stretching")]
    [InlineData("HEAD", "/guides/overview")]
    [InlineData("GET", "/css/site.css")]
    [InlineData("GET", "/js/print.js")]
    [InlineData("GET", "/status/404")]
    [InlineData("GET", "/favicon.ico")]
    public void Anonymous_reads_of_guides_and_files_are_served_while_the_database_warms_up(string method, string path) =>
        DatabaseWarmUp.MayNeedDatabase(Request(method, path), AuthCookie).Should().BeFalse();

    [Theory]
    [InlineData("GET", "/checkins", null)]
    [InlineData("GET", "/insights", null)]
    [InlineData("GET", "/account/login", null)]
    [InlineData("GET", "/health", null)]
    [InlineData("GET", "/plan", null)]
    [InlineData("POST", "/guides/stretching", null)]
    [InlineData("POST", "/account/login", null)]
    [InlineData("GET", "/", AuthCookie)]
    [InlineData("GET", "/guides/stretching", AuthCookie)]
    public void Anything_that_may_touch_the_database_waits_for_it(string method, string path, string? cookie) =>
        DatabaseWarmUp.MayNeedDatabase(Request(method, path, cookie), AuthCookie).Should().BeTrue();

    [Fact]
    public void The_gate_is_closed_from_the_start_so_a_request_before_the_preparation_has_begun_waits() =>
        new DatabaseWarmUp().Ready.IsCompleted.Should().BeFalse("the preparation begins only once the server listens");

    [Fact]
    public async Task A_preparation_that_fails_fails_the_gate_too_rather_than_opening_it()
    {
        var warmUp = new DatabaseWarmUp();
        using var nothingRegistered = new ServiceCollection().BuildServiceProvider();

        var begin = () => warmUp.Begin(nothingRegistered, TestContext.Current.CancellationToken);

        await begin.Should().ThrowAsync<InvalidOperationException>();
        warmUp.Ready.IsFaulted.Should().BeTrue();
        await warmUp.Invoking(w => w.Ready).Should().ThrowAsync<InvalidOperationException>();
    }
}
