using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.AboutYou;
using MuscleKnotGuide.Web.Insights;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>
/// Where the current run of logged days starts, read from a real database for diaries of many shapes and checked
/// against the plain definition: the earliest day from which every day up to the latest logged day (on or before
/// today) is logged. SQLite searches by doubling and PostgreSQL day by day, so both run.
/// </summary>
public abstract class RunStartTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : RunStartTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : RunStartTests(app.Required()), IClassFixture<PostgresAppFactory>;

    private static readonly DateOnly Today = new(2026, 11, 20);

    /// <summary>Each shape lists the logged days as days before today (negative: after today); repeats are second entries.</summary>
    public static TheoryData<string, int[]> Shapes() => new()
    {
        { "nothing logged", [] },
        { "only today", [0] },
        { "only yesterday", [1] },
        { "only after today", [-1, -2] },
        { "today and yesterday twice each", [0, 0, 1, 1] },
        { "a gap a week ago", [.. Enumerable.Range(0, 7), .. Enumerable.Range(8, 30)] },
        { "unbroken for ten years with a day after today", [-1, .. Enumerable.Range(0, 3650)] },
        { "unbroken for 1,000 days, then a gap", [.. Enumerable.Range(0, 1000), .. Enumerable.Range(1001, 200)] },
        { "unbroken for 1,024 days, then a gap", [.. Enumerable.Range(0, 1024), .. Enumerable.Range(1025, 5)] },
        { "unbroken for 1,025 days, then a gap", [.. Enumerable.Range(0, 1025), .. Enumerable.Range(1026, 5)] },
        { "latest three days ago, unbroken for 77 days before it", [.. Enumerable.Range(3, 77), 81, 82, 90] },
        { "every other day", [.. Enumerable.Range(0, 60).Where(d => d % 2 == 0)] },
        { "three entries a day for 100 days", [.. Enumerable.Range(0, 100).SelectMany(d => new[] { d, d, d })] },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task The_run_starts_where_the_definition_says(string shape, int[] daysAgo)
    {
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, id => daysAgo.Select(d => CheckIn(id, Today.AddDays(-d), 4)));

        var runStart = await app.WithDbAsync(db => InsightsQuery.SearchRunStartAsync(db, userId, Today, TestContext.Current.CancellationToken));

        runStart.Should().Be(ByDefinition(daysAgo.Select(d => Today.AddDays(-d))), shape);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task The_history_loaded_for_a_range_has_the_same_run_start_whether_the_window_shows_it_or_the_database_is_asked(string shape, int[] daysAgo)
    {
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, id => daysAgo.Select(d => CheckIn(id, Today.AddDays(-d), 4)));

        var history = await app.WithDbAsync(db => InsightsQuery.LoadHistoryAsync(db, userId, Today, InsightsRange.Default, TestContext.Current.CancellationToken));

        history.RunStart.Should().Be(ByDefinition(daysAgo.Select(d => Today.AddDays(-d))), shape);
    }

    [Fact]
    public async Task The_history_carries_the_persons_own_history_and_every_symptom_answer_and_no_one_elses()
    {
        var userId = await app.RegisterWithCheckInsAsync(app.CreateBrowserClient(), id => [CheckIn(id, Today, 4)]);
        var otherId = await app.RegisterWithCheckInsAsync(app.CreateBrowserClient(), id => [CheckIn(id, Today, 4)]);
        var answersOnlyId = await app.RegisterWithCheckInsAsync(app.CreateBrowserClient(), id => [CheckIn(id, Today, 4)]);
        var answered = new DateTimeOffset(2026, 11, 19, 8, 0, 0, TimeSpan.Zero);
        await app.WithDbAsync(db =>
        {
            db.RiskHistories.Add(new RiskHistory { UserId = userId, Cancer = true, UpdatedAt = answered });
            db.RiskHistories.Add(new RiskHistory { UserId = otherId, Osteoporosis = true, UpdatedAt = answered });
            db.SymptomChecks.AddRange(
                new SymptomCheck { UserId = userId, SymptomCode = "fever", UpToDay = Today.AddDays(-9), Checked = true, AnsweredAt = answered },
                new SymptomCheck { UserId = userId, SymptomCode = "numbness", UpToDay = Today.AddDays(-8), Checked = false, AnsweredAt = answered },
                new SymptomCheck { UserId = otherId, SymptomCode = "fever", UpToDay = Today.AddDays(-7), Checked = false, AnsweredAt = answered },
                new SymptomCheck { UserId = answersOnlyId, SymptomCode = "fever", UpToDay = Today.AddDays(-6), Checked = true, AnsweredAt = answered },
                new SymptomCheck { UserId = answersOnlyId, SymptomCode = "numbness", UpToDay = Today.AddDays(-5), Checked = true, AnsweredAt = answered });
            return db.SaveChangesAsync();
        });

        var care = (await app.WithDbAsync(db => InsightsQuery.LoadHistoryAsync(db, userId, Today, InsightsRange.Default, TestContext.Current.CancellationToken))).Care;
        var answersOnly = (await app.WithDbAsync(db => InsightsQuery.LoadHistoryAsync(db, answersOnlyId, Today, InsightsRange.Default, TestContext.Current.CancellationToken))).Care;
        var none = (await app.WithDbAsync(db => InsightsQuery.LoadHistoryAsync(db, "no-such-person", Today, InsightsRange.Default, TestContext.Current.CancellationToken))).Care;

        care.Risk.Should().BeEquivalentTo(new { UserId = userId, Cancer = true, Osteoporosis = false });
        care.Checks.Select(c => (c.UserId, c.SymptomCode, c.UpToDay, c.Checked)).Should().BeEquivalentTo(
            [(userId, "fever", Today.AddDays(-9), true), (userId, "numbness", Today.AddDays(-8), false)]);
        answersOnly.Risk.Should().BeNull("About you was never answered");
        answersOnly.Checks.Select(c => (c.UserId, c.SymptomCode)).Should().BeEquivalentTo([(answersOnlyId, "fever"), (answersOnlyId, "numbness")]);
        none.Should().Be(CareContext.None);
    }

    private static DateOnly? ByDefinition(IEnumerable<DateOnly> days)
    {
        var logged = days.Where(d => d <= Today).ToHashSet();
        if (logged.Count == 0)
        {
            return null;
        }

        var start = logged.Max();
        while (logged.Contains(start.AddDays(-1)))
        {
            start = start.AddDays(-1);
        }

        return start;
    }
}
