using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Insights;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class CheckInsWithMethodsTests(InsightsQueryCountTests.Fixture app) : IClassFixture<InsightsQueryCountTests.Fixture>
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public async Task Check_ins_come_once_each_with_all_their_methods_in_the_query_order_from_one_SQL_command()
    {
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, id =>
        [
            CheckIn(id, Today.AddDays(-2), 3, symptoms: null,
                new MethodTried { MethodSlug = "stretching" },
                new MethodTried { MethodSlug = "heat-therapy", PainBefore = 5, PainAfter = 3 },
                new MethodTried { MethodSlug = "massage-therapy", Minutes = 10 }),
            CheckIn(id, Today.AddDays(-1), 6),
            CheckIn(id, Today, 4, ["fever"], new MethodTried { MethodSlug = "foam-rolling", Effect = MethodEffect.HelpedALittle }),
        ]);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        app.Counter.Reset();

        var loaded = await CheckInsWithMethods.PageWithMethodsAsync(db, userId, 0, 10, TestContext.Current.CancellationToken);

        app.Counter.Count.Should().Be(1);
        loaded.Select(c => c.Day).Should().Equal(Today, Today.AddDays(-1), Today.AddDays(-2));
        loaded[0].Methods.Should().ContainSingle().Which.Effect.Should().Be(MethodEffect.HelpedALittle);
        loaded[0].WarningSymptoms.Should().Equal("fever");
        loaded[1].Methods.Should().BeEmpty();
        loaded[2].Methods.Select(m => m.MethodSlug).Should().BeEquivalentTo(["stretching", "heat-therapy", "massage-therapy"]);
        loaded[2].Methods.Single(m => m.MethodSlug == "heat-therapy").PainAfter.Should().Be(3);
        loaded.Should().OnlyContain(c => c.UserId == userId);
        db.ChangeTracker.Entries().Should().BeEmpty("the pages only read");
    }

    [Fact]
    public async Task A_date_range_brings_only_its_own_days_of_the_person_with_their_methods_from_one_SQL_command()
    {
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, id =>
        [
            CheckIn(id, Today.AddDays(-3), 2, symptoms: null, new MethodTried { MethodSlug = "stretching" }),
            CheckIn(id, Today.AddDays(-2), 3, symptoms: null, new MethodTried { MethodSlug = "stretching" }, new MethodTried { MethodSlug = "heat-therapy", PainBefore = 5, PainAfter = 3 }),
            CheckIn(id, Today.AddDays(-1), 6),
            CheckIn(id, Today, 4, ["fever"], new MethodTried { MethodSlug = "foam-rolling" }),
        ]);
        var someoneElse = await app.RegisterWithCheckInsAsync(app.CreateBrowserClient(), id => [CheckIn(id, Today.AddDays(-2), 9, symptoms: null, new MethodTried { MethodSlug = "massage-therapy" })]);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        app.Counter.Reset();

        var loaded = await CheckInsWithMethods.InRangeWithMethodsAsync(db, userId, Today.AddDays(-2), Today.AddDays(-1), TestContext.Current.CancellationToken);

        app.Counter.Count.Should().Be(1);
        someoneElse.Should().NotBe(userId);
        loaded.Select(c => (c.Day, c.PainLevel, c.UserId)).Should().BeEquivalentTo([(Today.AddDays(-2), 3, userId), (Today.AddDays(-1), 6, userId)]);
        loaded.Single(c => c.PainLevel == 3).Methods.Select(m => (m.MethodSlug, m.PainAfter)).Should().BeEquivalentTo([("stretching", (int?)null), ("heat-therapy", (int?)3)]);
        loaded.Single(c => c.PainLevel == 6).Methods.Should().BeEmpty();
    }

    [Fact]
    public async Task A_range_longer_than_two_months_brings_what_the_join_brings_from_two_SQL_commands()
    {
        var from = Today.AddDays(-CheckInsWithMethods.OneQueryMaxDays - 9);
        var to = Today.AddDays(-1);
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, id =>
        [
            CheckIn(id, from.AddDays(-1), 1, symptoms: null, new MethodTried { MethodSlug = "stretching" }),
            CheckIn(id, from, 2, symptoms: null, new MethodTried { MethodSlug = "stretching" }),
            CheckIn(id, Today.AddDays(-2), 3, ["fever"], new MethodTried { MethodSlug = "stretching" }, new MethodTried { MethodSlug = "heat-therapy", PainBefore = 5, PainAfter = 3, Effect = MethodEffect.HelpedALot }),
            CheckIn(id, to, 6),
            CheckIn(id, Today, 4, symptoms: null, new MethodTried { MethodSlug = "foam-rolling" }),
        ]);
        var someoneElse = await app.RegisterWithCheckInsAsync(app.CreateBrowserClient(), id => [CheckIn(id, Today.AddDays(-2), 9, symptoms: null, new MethodTried { MethodSlug = "massage-therapy" })]);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        var byJoin = await CheckInsWithMethods.InRangeByJoinAsync(db, userId, from, to, TestContext.Current.CancellationToken);
        app.Counter.Reset();

        var loaded = await CheckInsWithMethods.InRangeWithMethodsAsync(db, userId, from, to, TestContext.Current.CancellationToken);

        app.Counter.Count.Should().Be(2);
        someoneElse.Should().NotBe(userId);
        loaded.Select(c => (c.Day, c.PainLevel, c.UserId)).Should().BeEquivalentTo([(from, 2, userId), (Today.AddDays(-2), 3, userId), (to, 6, userId)]);
        var three = loaded.Single(c => c.PainLevel == 3);
        three.WarningSymptoms.Should().Equal("fever");
        three.Methods.Select(m => (m.CheckInId, m.MethodSlug, m.PainBefore, m.PainAfter, m.Effect)).Should().BeEquivalentTo(
            [(three.Id, "stretching", (int?)null, (int?)null, (MethodEffect?)null), (three.Id, "heat-therapy", (int?)5, (int?)3, (MethodEffect?)MethodEffect.HelpedALot)]);
        loaded.Single(c => c.PainLevel == 6).Methods.Should().BeEmpty();
        loaded.Should().BeEquivalentTo(byJoin, "the two ways of reading a range bring the same entries");
        db.ChangeTracker.Entries().Should().BeEmpty("the pages only read");
    }
}
