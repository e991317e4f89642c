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

        var loaded = await db.CheckInsOf(userId).OrderByDescending(c => c.Day).ToListWithMethodsAsync(db, TestContext.Current.CancellationToken);

        app.Counter.Count.Should().Be(1);
        loaded.Select(c => c.Day).Should().Equal(Today, Today.AddDays(-1), Today.AddDays(-2));
        loaded[0].Methods.Should().ContainSingle().Which.Effect.Should().Be(MethodEffect.HelpedALittle);
        loaded[0].WarningSymptoms.Should().Equal("fever");
        loaded[1].Methods.Should().BeEmpty();
        loaded[2].Methods.Select(m => m.MethodSlug).Should().BeEquivalentTo(["stretching", "heat-therapy", "massage-therapy"]);
        loaded[2].Methods.Single(m => m.MethodSlug == "heat-therapy").PainAfter.Should().Be(3);
        db.ChangeTracker.Entries().Should().BeEmpty("the pages only read");
    }
}
