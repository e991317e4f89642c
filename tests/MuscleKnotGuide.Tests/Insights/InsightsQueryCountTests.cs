using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Caching;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class InsightsQueryCountTests(InsightsQueryCountTests.Fixture app) : IClassFixture<InsightsQueryCountTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        private readonly SemaphoreSlim _seeding = new(1, 1);
        private (HttpClient, HttpClient)? _diaries;

        public SqlCommandCounter Counter { get; } = new();

        public Dictionary<HttpClient, string> UserIds { get; } = [];

        public async Task<(HttpClient TenDays, HttpClient TenYears)> Diaries(Func<Task<(HttpClient, HttpClient)>> seed)
        {
            await _seeding.WaitAsync();
            try
            {
                return _diaries ??= await seed();
            }
            finally
            {
                _seeding.Release();
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<DiaryDbContext>(options => options.AddInterceptors(Counter)));
        }
    }

    /// <summary>
    /// Counts every SQL command EF Core sends, whatever kind, except the sign-in session's own lookup (and its
    /// once-a-minute "last seen"), which every signed-in request makes whatever the page (SignInSessionTests).
    /// </summary>
    public sealed class SqlCommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            if (result.CommandText.Contains("\"SignInSessions\"", StringComparison.Ordinal))
            {
                return result;
            }

            Interlocked.Increment(ref _count);
            return result;
        }
    }

    private static readonly DateOnly Today = new(2026, 11, 20);

    private static readonly string[] Slugs = ["massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication"];

    /// <summary>A check-in every day for <paramref name="days"/> days ending today, each with two methods.</summary>
    private static IEnumerable<CheckIn> YearsOfCheckIns(string userId, int days) =>
        Enumerable.Range(0, days).Select(i => CheckIn(userId, Today.AddDays(-i), (i * 7) % 11, i % 9 == 0 ? ["fever"] : null,
            new MethodTried { MethodSlug = Slugs[i % 5], PainBefore = 5, PainAfter = 3, Effect = MethodEffect.HelpedALittle },
            new MethodTried { MethodSlug = Slugs[(i + 2) % 5], Minutes = 10 }));

    /// <summary>Two people, seeded once for the class: ten days and ten years of daily check-ins.</summary>
    private Task<(HttpClient TenDays, HttpClient TenYears)> Diaries => app.Diaries(async () =>
    {
        var tenDays = app.CreateBrowserClient();
        app.UserIds[tenDays] = await app.RegisterWithCheckInsAsync(tenDays, userId => YearsOfCheckIns(userId, 10));
        var tenYears = app.CreateBrowserClient();
        var tenYearsId = app.UserIds[tenYears] = await app.RegisterWithCheckInsAsync(tenYears, userId => YearsOfCheckIns(userId, 3650));
        // As the app's own writes leave a diary: its run kept with the person.
        await app.WithDbAsync(async db =>
        {
            await LatestRunKeeper.RecountAsync(db, tenYearsId, CancellationToken.None);
            return 0;
        });
        return (tenDays, tenYears);
    });

    private async Task<int> CommandsForInsightsAsync(HttpClient client, int range, int expectedMarkers)
    {
        // Another test in this class may have viewed the same page; count the real work, not a cache hit.
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PersonalPageCache.TagFor(app.UserIds[client]), default);
        app.Counter.Reset();
        var page = await client.GetPageAsync($"/insights?range={range}");
        var count = app.Counter.Count;

        page.QuerySelectorAll(".chart-markers circle").Should().HaveCount(expectedMarkers);
        return count;
    }

    // The 30-day window (48 days with the seek-care rules' look-back and the rolling week) reads its days with their
    // methods in one query; the longer ones in two (CheckInsWithMethods.OneQueryMaxDays).
    [Theory]
    [InlineData(30, 10, 30, 2)]
    [InlineData(90, 10, 90, 3)]
    [InlineData(365, 2, 53, 3)] // weekly averages: ten days fall in 2 weeks ending today; a year is 53
    public async Task The_insights_page_runs_the_same_queries_for_ten_days_and_ten_years(int range, int tenDayMarkers, int tenYearMarkers, int commands)
    {
        var (tenDaysClient, tenYearsClient) = await Diaries;

        var tenDays = await CommandsForInsightsAsync(tenDaysClient, range, tenDayMarkers);
        var tenYears = await CommandsForInsightsAsync(tenYearsClient, range, tenYearMarkers);

        tenYears.Should().Be(commands, "the days with their methods (one query, or two for a long window), then one read of the person's row with the run kept there, their history and their symptom answers");
        tenDays.Should().Be(commands, "the same: the window shows where the ten days' run starts, and the person's row is read anyway");
    }

    [Fact]
    public async Task Ten_years_of_daily_check_ins_count_as_one_unbroken_run()
    {
        var (_, tenYears) = await Diaries;

        var page = await tenYears.GetPageAsync("/insights?range=30");

        page.QuerySelector("[data-figure='run'] .figure").Text().Should().Be("3650 days");
    }

    [Fact]
    public async Task The_loader_reads_only_the_window_the_figures_need()
    {
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, id => YearsOfCheckIns(id, 400));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();

        var month = await InsightsQuery.LoadAsync(db, userId, Today, 30, TestContext.Current.CancellationToken);
        var year = await InsightsQuery.LoadAsync(db, userId, Today, 365, TestContext.Current.CancellationToken);

        // 30 days (or the rules' 42-day look-back, whichever is longer) plus 6 days for the first 7-day average.
        month.Should().HaveCount(48);
        month[0].Day.Should().Be(Today.AddDays(-47));
        year.Should().HaveCount(371);
        year[^1].Methods.Should().HaveCount(2);
        year[^1].SymptomCodes.Should().Equal("fever");
    }
}
