using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>
/// Migration SeveralEntriesADay on a database at the schema before it (main's last migration, CheckInQuestions),
/// holding real rows written the way that version wrote them: every value is still there afterwards.
/// </summary>
public sealed class SeveralEntriesADayMigrationTests : IDisposable
{
    private const string SchemaBefore = "CheckInQuestions";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"mkg-migrate-{Guid.NewGuid():N}.db");

    private DiaryDbContext Open() =>
        new(new DbContextOptionsBuilder<DiaryDbContext>().UseSqlite($"Data Source={_file};Pooling=False").Options);

    [Fact]
    public async Task Existing_check_ins_methods_and_plans_keep_every_value_and_a_day_then_takes_a_second_entry()
    {
        await using (var db = Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(SchemaBefore);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, TimeZoneId, DisplayName, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, ThemePreference)
                VALUES ('u1', 'robin@example.test', 'ROBIN@EXAMPLE.TEST', 'robin@example.test', 'ROBIN@EXAMPLE.TEST', 'Europe/London', 'Robin', 1, 0, 0, 1, 0, 'dark');
                INSERT INTO CheckIns (Id, UserId, Day, PainLevel, Stiffness, Areas, WarningSymptoms, Notes, CreatedAt, UpdatedAt, StoppedSleeping, StoppedActivities, AfterFallOrInjury)
                VALUES (1, 'u1', '2026-11-01', 6, 3, 17, '["night-pain","fever"]', 'Tight after <b>gardening</b> & "digging"', '2026-11-01 20:00:00+00:00', '2026-11-02 08:30:00+00:00', 1, 0, NULL),
                       (2, 'u1', '2026-11-02', 0, NULL, 0, '[]', NULL, '2026-11-02 21:15:00+01:00', '2026-11-02 21:15:00+01:00', NULL, NULL, 0);
                INSERT INTO MethodsTried (Id, CheckInId, MethodSlug, Minutes, PainBefore, PainAfter, Effect)
                VALUES (1, 1, 'stretching', 10, 6, 4, 2), (2, 1, 'heat-therapy', NULL, NULL, NULL, NULL);
                INSERT INTO SavedPlans (Id, UserId, StartDate, LengthDays, Goal, CreatedAt, UpdatedAt)
                VALUES (1, 'u1', '2026-11-03', 14, 'Sleep through the night', '2026-11-03 09:00:00+00:00', '2026-11-04 09:00:00+00:00');
                INSERT INTO PlannedMethods (Id, SavedPlanId, MethodSlug, TimesPerDay, Minutes, TimesOfDay)
                VALUES (1, 1, 'stretching', 2, 10, '["08:00:00","18:30:00"]'), (2, 1, 'pain-medication', 0, NULL, '[]');
                """);
        }

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();

            var checkIns = await db.CheckIns.Include(c => c.Methods).OrderBy(c => c.Id).AsNoTracking().ToListAsync();
            checkIns.Should().HaveCount(2);
            var first = checkIns[0];
            (first.UserId, first.Day, first.Time, first.PainLevel, first.Stiffness, first.Areas, first.Notes)
                .Should().Be(("u1", new DateOnly(2026, 11, 1), (TimeOnly?)null, 6, (int?)3, (BackAreas)17, "Tight after <b>gardening</b> & \"digging\""));
            first.WarningSymptoms.Should().Equal("night-pain", "fever");
            (first.StoppedSleeping, first.StoppedActivities, first.AfterFallOrInjury).Should().Be((true, false, (bool?)null));
            first.CreatedAt.Should().Be(new DateTimeOffset(2026, 11, 1, 20, 0, 0, TimeSpan.Zero));
            first.UpdatedAt.Should().Be(new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero));
            first.Methods.OrderBy(m => m.Id).Select(m => (m.MethodSlug, m.Minutes, m.PainBefore, m.PainAfter, m.Effect))
                .Should().Equal(("stretching", 10, 6, 4, (MethodEffect?)2), ("heat-therapy", null, null, null, null));
            var second = checkIns[1];
            (second.Day, second.Time, second.PainLevel, second.Stiffness, second.Areas, second.Notes)
                .Should().Be((new DateOnly(2026, 11, 2), (TimeOnly?)null, 0, (int?)null, BackAreas.None, (string?)null));
            second.WarningSymptoms.Should().BeEmpty();
            (second.StoppedSleeping, second.StoppedActivities, second.AfterFallOrInjury).Should().Be(((bool?)null, (bool?)null, false));
            second.CreatedAt.Should().Be(new DateTimeOffset(2026, 11, 2, 21, 15, 0, TimeSpan.FromHours(1)));
            second.Methods.Should().BeEmpty();

            var plan = await db.SavedPlans.Include(p => p.Methods).AsNoTracking().SingleAsync();
            (plan.UserId, plan.StartDate, plan.LengthDays, plan.Goal).Should().Be(("u1", new DateOnly(2026, 11, 3), 14, "Sleep through the night"));
            (plan.CreatedAt, plan.UpdatedAt).Should().Be((new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 4, 9, 0, 0, TimeSpan.Zero)));
            plan.Methods.OrderBy(m => m.Id).Select(m => (m.MethodSlug, m.TimesPerDay, m.Minutes, string.Join(' ', m.TimesOfDay.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)))))
                .Should().Equal(("stretching", 2, 10, "08:00 18:30"), ("pain-medication", 0, null, ""));
            var user = await db.Users.AsNoTracking().SingleAsync();
            (user.Email, user.TimeZoneId, user.DisplayName).Should().Be(("robin@example.test", "Europe/London", "Robin"));

            // The day of the first entry now takes a second one, with its time.
            db.CheckIns.Add(new CheckIn { UserId = "u1", Day = new DateOnly(2026, 11, 1), Time = new TimeOnly(8, 10), PainLevel = 4 });
            await db.SaveChangesAsync();
            (await db.CheckIns.CountAsync(c => c.Day == new DateOnly(2026, 11, 1))).Should().Be(2);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
