using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Insights;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Caching;

public sealed class PersonalPageCacheTests(PersonalPageCacheTests.Fixture app) : IClassFixture<PersonalPageCacheTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        public InsightsQueryCountTests.SqlCommandCounter Counter { get; } = new();

        public CommitGate Gate { get; } = new();

        public StoreGate Store { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<DiaryDbContext>(options => options.AddInterceptors(Counter, Gate)));
            builder.ConfigureTestServices(services =>
            {
                var app = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
                services.Remove(app);
                services.AddSingleton<IOutputCacheStore>(provider => Store.Wrap((IOutputCacheStore)app.ImplementationFactory!(provider)));
            });
        }
    }

    /// <summary>Holds the next caller of <see cref="PassAsync"/> after <see cref="Arm"/> until <see cref="Release"/>.</summary>
    public sealed class Hold
    {
        private TaskCompletionSource? _reached;
        private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes once the next caller is held.</summary>
        public Task Arm()
        {
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _reached, reached);
            return reached.Task;
        }

        public void Release()
        {
            Volatile.Write(ref _reached, null);
            _released.TrySetResult();
        }

        public async Task PassAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _reached, null) is { } reached)
            {
                reached.TrySetResult();
                await _released.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
        }
    }

    /// <summary>The app's output cache store, with a page on its way into it held by <see cref="Hold"/>.</summary>
    public sealed class StoreGate : IOutputCacheStore
    {
        private IOutputCacheStore _inner = null!;

        public Hold Hold { get; } = new();

        public IOutputCacheStore Wrap(IOutputCacheStore inner)
        {
            _inner = inner;
            return this;
        }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => _inner.EvictByTagAsync(tag, cancellationToken);

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => _inner.GetAsync(key, cancellationToken);

        public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            await Hold.PassAsync(cancellationToken);
            await _inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
    }

    /// <summary>A commit held by <see cref="Hold"/>: a save made and not yet committed.</summary>
    public sealed class CommitGate : DbTransactionInterceptor
    {
        public Hold Hold { get; } = new();

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            await Hold.PassAsync(cancellationToken);
            return result;
        }
    }

    private static string ThisWeek(AngleSharp.Dom.IDocument page) => page.QuerySelector("[data-figure=week] .figure").Text();

    // The edit form of the one entry a test logged today, as the check-in list links to it.
    private static async Task<AngleSharp.Dom.IDocument> TodaysEditFormAsync(HttpClient client) =>
        await client.GetPageAsync((await client.GetPageAsync("/checkins")).QuerySelector("a[href$='/edit']")!.GetAttribute("href")!);

    [Fact]
    public async Task A_second_visit_to_insights_is_served_without_touching_the_database_until_the_diary_changes()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "6"));
        var first = await client.GetPageAsync("/insights");
        ThisWeek(first).Should().Be("6.0");

        app.Counter.Reset();
        var again = await client.GetPageAsync("/insights");
        app.Counter.Count.Should().Be(0, "nothing changed in the diary since the last visit");
        ThisWeek(again).Should().Be("6.0");

        var edit = await TodaysEditFormAsync(client);
        (await client.SubmitAsync(edit, "form.checkin-form", ("Form.Pain", "2"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        app.Counter.Reset();
        var afterEdit = await client.GetPageAsync("/insights");
        app.Counter.Count.Should().BeGreaterThan(0, "saving the check-in evicted the cached page");
        ThisWeek(afterEdit).Should().Be("2.0");
    }

    [Fact]
    public async Task A_page_rendered_while_a_save_is_not_yet_committed_is_not_shown_after_the_commit()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "6"));
        ThisWeek(await client.GetPageAsync("/insights")).Should().Be("6.0");
        var edit = await TodaysEditFormAsync(client);

        Task<HttpResponseMessage> saving;
        try
        {
            var held = app.Gate.Hold.Arm();
            saving = client.SubmitAsync(edit, "form.checkin-form", ("Form.Pain", "2"));
            await held.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

            // Another tab meanwhile: the diary as committed, the old figure.
            ThisWeek(await client.GetPageAsync("/insights")).Should().Be("6.0", "the edit is saved but not committed yet");
        }
        finally
        {
            app.Gate.Hold.Release();
        }

        (await saving).StatusCode.Should().Be(HttpStatusCode.Redirect);
        ThisWeek(await client.GetPageAsync("/insights")).Should().Be("2.0", "the page from before the commit must not outlive it");
    }

    [Fact]
    public async Task A_page_that_read_the_diary_before_a_commit_and_reaches_the_cache_after_its_eviction_is_never_shown()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "6"));
        var edit = await TodaysEditFormAsync(client);

        Task<AngleSharp.Dom.IDocument> slowView;
        try
        {
            // Insights, not cached yet, renders the committed diary and is held on its way into the cache.
            var storing = app.Store.Hold.Arm();
            slowView = client.GetPageAsync("/insights");
            await storing.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

            (await client.SubmitAsync(edit, "form.checkin-form", ("Form.Pain", "2"))).StatusCode.Should().Be(HttpStatusCode.Redirect, "the edit commits, and evicts, meanwhile");
        }
        finally
        {
            app.Store.Hold.Release();
        }

        ThisWeek(await slowView).Should().Be("6.0", "that view read the diary before the edit");
        ThisWeek(await client.GetPageAsync("/insights")).Should().Be("2.0", "the page stored after the eviction belongs to the count before the commit");
    }

    [Fact]
    public async Task One_persons_cached_insights_are_never_shown_to_another()
    {
        var anna = app.CreateBrowserClient();
        await anna.RegisterAsync();
        await anna.LogAndFollowAsync(null, ("Form.Pain", "8"));
        await anna.GetPageAsync("/insights");
        await anna.GetPageAsync("/insights");

        var ben = app.CreateBrowserClient();
        await ben.RegisterAsync();
        var bens = await ben.GetPageAsync("/insights");

        bens.QuerySelector("[data-figure=week]").Should().BeNull("Ben has logged nothing and sees the empty state");
        bens.Body!.TextContent.Should().NotContain("8 out of 10");
    }

    [Fact]
    public async Task A_cached_page_in_a_second_browser_carries_that_browsers_own_sign_out_token()
    {
        var laptop = app.CreateBrowserClient();
        var email = await laptop.RegisterAsync();
        await laptop.LogAndFollowAsync(null, ("Form.Pain", "5"));
        await laptop.GetPageAsync("/insights");

        var phone = app.CreateBrowserClient();
        (await phone.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await phone.GetPageAsync("/insights");
        var cached = await phone.GetPageAsync("/insights");

        var signOut = await phone.SubmitAsync(cached, "form[action='/account/logout']");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect, "the token on the page belongs to this browser, so signing out works");
        (await phone.GetAsync(new Uri("/insights", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Redirect, "signed out, the cached page is not served");
    }

    [Fact]
    public async Task Distinct_junk_query_strings_on_insights_share_one_cached_page()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "6"));
        await client.GetPageAsync("/insights");

        app.Counter.Reset();
        foreach (var url in new[] { "/insights?n=1", "/insights?n=2", "/insights?utm_source=mail&range=abc", "/insights?range=30&method=nonsense", "/insights?RANGE=7" })
        {
            ThisWeek(await client.GetPageAsync(url)).Should().Be("6.0");
        }

        app.Counter.Count.Should().Be(0, "every one of those links shows the default page, already cached");

        ThisWeek(await client.GetPageAsync("/insights?range=90")).Should().Be("6.0");
        app.Counter.Count.Should().BeGreaterThan(0, "another range is another page");
    }
}
