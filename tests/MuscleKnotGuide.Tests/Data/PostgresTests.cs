using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>
/// What only PostgreSQL needs (its own migrations, instants stored in UTC). The features themselves run on both
/// providers in the shared data tests (CheckInPagesTests, PlanPagesTests, InsightsPageTests, YourDataTests,
/// DeleteAccountTests). Skipped without PostgreSQL, failed on CI.
/// </summary>
public sealed class PostgresTests(PostgresAppFactory factory) : IClassFixture<PostgresAppFactory>
{
    private readonly PostgresAppFactory _app = factory.Required();

    [Fact]
    public async Task The_app_applies_the_postgresql_migrations_and_is_ready()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        db.Should().BeOfType<PostgresDiaryDbContext>();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        applied.Should().NotBeEmpty().And.Equal(db.Database.GetMigrations());
        (await _app.Cluster.PsqlAsync("SELECT count(*) FROM \"__EFMigrationsHistory\"")).Trim().Should().Be(applied.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var client = _app.CreateClient();
        foreach (var path in new[] { "/health", "/health/live", "/health/ready" })
        {
            (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task An_imported_instant_with_an_offset_is_stored_as_the_same_instant_in_utc()
    {
        var client = _app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        // timestamptz takes only offset zero: UtcDateTimeOffsetConverter turns +05:00 into the same instant.
        var json = """
            {"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00+05:00",
             "checkIns":[{"day":"2026-11-01","painLevel":4,"createdAt":"2026-11-01T20:00:00+05:00","updatedAt":"2026-11-01T20:00:00+05:00"}],
             "plans":[]}
            """;

        (await Html.ParseAsync(await client.ImportAsync(json))).QuerySelector(".flash").Text().Should().Be("Imported 1 check-in and 0 plans.");

        var stored = (await _app.CheckInsOfAsync(email)).Should().ContainSingle().Subject;
        stored.CreatedAt.Should().Be(new DateTimeOffset(2026, 11, 1, 15, 0, 0, TimeSpan.Zero));
        stored.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
    }
}
