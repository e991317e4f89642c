using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Guides;

/// <summary>
/// A guide page is the same Markdown for everyone: a signed-in reader costs no database work once their session
/// has been read (issue 18: it ran a session lookup and built a DbContext for Identity on every request).
/// </summary>
public sealed class SignedInGuideQueryTests(SignedInGuideQueryTests.Fixture app) : IClassFixture<SignedInGuideQueryTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        public EveryCommand Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<DiaryDbContext>(options => options.AddInterceptors(Counter)));
        }
    }

    /// <summary>Counts every SQL command, the sign-in session's own included.</summary>
    public sealed class EveryCommand : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }
    }

    [Fact]
    public async Task A_signed_in_reader_gets_guide_pages_without_a_single_sql_command()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.GetPageAsync("/guides/stretching");

        app.Counter.Reset();
        for (var i = 0; i < 5; i++)
        {
            var page = await client.GetPageAsync("/guides/stretching");
            page.QuerySelector("form[action='/account/logout']").Should().NotBeNull("the page is the signed-in rendering");
        }

        app.Counter.Count.Should().Be(0, "the session was read on the first visit and is checked again only after a minute");
    }

    [Fact]
    public async Task Signing_out_everywhere_else_still_ends_another_browsers_session_at_its_next_request()
    {
        var phone = app.CreateBrowserClient();
        var email = await phone.RegisterAsync();
        var laptop = app.CreateBrowserClient();
        (await laptop.SignInAsync(email)).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        (await laptop.GetPageAsync("/guides/stretching")).QuerySelector("form[action='/account/logout']").Should().NotBeNull();

        (await phone.SubmitAsync(await phone.GetPageAsync("/account"), "#sessions-form")).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);

        var after = await laptop.GetPageAsync("/guides/stretching");
        after.QuerySelector("form[action='/account/logout']").Should().BeNull("the laptop's cached session was dropped with its row");
    }
}
