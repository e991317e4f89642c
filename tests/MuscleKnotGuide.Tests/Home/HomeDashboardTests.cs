using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Insights;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Plans;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.Home;

public sealed class HomeDashboardTests(HomeDashboardTests.Fixture app) : IClassFixture<HomeDashboardTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        public InsightsQueryCountTests.SqlCommandCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<DiaryDbContext>(options => options.AddInterceptors(Counter)));
        }
    }

    // The app's clock is 2026-11-20 12:00 UTC and the people below live in UTC.
    private static readonly DateOnly Today = new(2026, 11, 20);

    private async Task AddPlanAsync(string userId, DateOnly start, params (string Slug, TimeOnly[] Times)[] methods)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        db.SavedPlans.Add(new SavedPlan
        {
            UserId = userId,
            StartDate = start,
            LengthDays = 14,
            CreatedAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
            Methods = methods.Select(m => new PlannedMethod { MethodSlug = m.Slug, TimesPerDay = m.Times.Length, TimesOfDay = [.. m.Times] }).ToList(),
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Signed_in_home_without_todays_check_in_offers_a_big_log_now_button_instead_of_the_visitors_hero()
    {
        var client = app.CreateBrowserClient();
        await app.RegisterWithCheckInsAsync(client, userId => Daily(userId, Today.AddDays(-1), [4, 5, 3]));

        var home = await client.GetPageAsync("/");

        home.QuerySelector(".hero").Should().BeNull();
        home.QuerySelector("h1").Text().Should().Be("Your back today");
        var today = home.QuerySelector(".dashboard-today")!;
        today.GetAttribute("data-status").Should().Be("not-logged");
        today.QuerySelector("a.button-big[href='/checkins/new']")!.Text().Should().Be("Log now");
        home.QuerySelector("[data-figure='run'] .figure").Text().Should().Be("3 days", "the run reaches up to yesterday");
        home.QuerySelector(".dashboard a[href='/report']").Should().NotBeNull();
        home.QuerySelector(".dashboard-plan")!.GetAttribute("data-plan").Should().Be("none");
    }

    [Fact]
    public async Task Once_today_is_logged_the_dashboard_says_so_shows_the_run_advice_and_the_latest_plans_next_session()
    {
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, userId => Daily(userId, Today, [5, 8, 8]));
        await AddPlanAsync(userId, Today.AddDays(-30), ("massage-therapy", [new TimeOnly(9, 0)]));
        await AddPlanAsync(userId, Today.AddDays(-2), ("stretching", [new TimeOnly(8, 0), new TimeOnly(18, 30)]), ("heat-therapy", [new TimeOnly(18, 30)]));

        var home = await client.GetPageAsync("/");

        home.QuerySelector(".dashboard-today")!.GetAttribute("data-status").Should().Be("logged");
        home.QuerySelector(".dashboard-today a.button-big").Should().BeNull();
        home.QuerySelector("[data-figure='run'] .figure").Text().Should().Be("3 days");
        // Two severe days in the last three, and a jump of 3 points to 8: two reasons to see a doctor (issue 13).
        home.QuerySelectorAll(".dashboard .advice").Select(a => a.GetAttribute("data-level")).Should().Equal("SeeDoctor", "SeeDoctor");
        home.QuerySelectorAll(".advice").Should().HaveCount(2, "the advice shows once, not again in the summary below");
        var plan = home.QuerySelector(".dashboard-plan")!;
        plan.GetAttribute("data-plan").Should().Be("Next");
        plan.QuerySelector(".plan-next")!.Text().Should().Be("Next: Stretching and Heat therapy today at 18:30.");
    }

    [Fact]
    public async Task The_dashboard_runs_three_queries_for_a_new_diary_and_for_ten_years_with_a_plan()
    {
        var empty = app.CreateBrowserClient();
        await empty.RegisterAsync();
        var full = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(full, id => Enumerable.Range(0, 3650).Select(i => CheckIn(id, Today.AddDays(-i), i % 10,
            new MethodTried { MethodSlug = "stretching", PainBefore = 5, PainAfter = 3 })));
        await AddPlanAsync(userId, Today, ("stretching", [new TimeOnly(20, 0)]));
        // As the app's own writes leave a diary: its run kept with the person.
        await app.WithDbAsync(async db =>
        {
            await LatestRunKeeper.RecountAsync(db, userId, CancellationToken.None);
            return 0;
        });

        app.Counter.Reset();
        await empty.GetPageAsync("/");
        var forEmpty = app.Counter.Count;
        app.Counter.Reset();
        var page = await full.GetPageAsync("/");
        var forFull = app.Counter.Count;

        page.QuerySelector("[data-figure='run'] .figure").Text().Should().Be("3650 days");
        forEmpty.Should().Be(3, "the insights window, the person's row (with the kept run, their history and their symptom answers) and the latest plan");
        forFull.Should().Be(3, "the same: the run's start is kept with the person, whatever the diary's length");
    }

    [Fact]
    public async Task Visitors_keep_the_welcome_home_page()
    {
        var home = await app.CreateClient().GetPageAsync("/");

        home.QuerySelector(".hero").Should().NotBeNull();
        home.QuerySelector(".dashboard").Should().BeNull();
    }
}
