using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.AboutYou;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.YourData;

/// <summary>
/// A diary holding every kind of data goes out as diary.json and comes back into a fresh account, every stored field
/// equal: plans (pain medication included, as the plan form saves it), entries of every field, several a day, every
/// body map region, every warning symptom, methods with minutes, before / after and effect, the yes / no answers,
/// notes, and About you.
/// </summary>
public sealed class DiaryRoundTripTests(DiaryRoundTripTests.Fixture app) : IClassFixture<DiaryRoundTripTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private sealed record EntryFields(DateOnly Day, TimeOnly? Time, int Pain, int? Stiffness, BackAreas Areas, string Symptoms, string? Notes,
        bool? StoppedSleeping, bool? StoppedActivities, bool? AfterFallOrInjury, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Methods);

    private sealed record PlanFields(DateOnly StartDate, int LengthDays, string? Goal, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Methods);

    private sealed record AboutYouFields(bool Cancer, bool WeakenedImmunity, bool LongTermSteroids, bool Osteoporosis, bool InjectingDrugs,
        bool RecentInfectionOrSurgery, AgeBand? AgeBand, bool? NewPain);

    [Fact]
    public async Task A_diary_with_every_kind_of_data_restores_into_a_fresh_account_field_by_field()
    {
        var owner = app.CreateBrowserClient();
        var ownerId = await TestDiary.UserIdOfAsync(app, await owner.RegisterAsync());
        var plan = await owner.SubmitAsync(await owner.GetPageAsync("/plan"), "form.plan-form", ChooseAll().Append(("Form.Goal", "Walk the dog again")).ToArray());
        plan.StatusCode.Should().Be(HttpStatusCode.Redirect, "the plan form saves a plan with every method, pain medication included");
        await SeedEverythingAsync(ownerId);
        var json = await owner.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative));

        var fresh = app.CreateBrowserClient();
        var freshId = await TestDiary.UserIdOfAsync(app, await fresh.RegisterAsync());
        var import = await fresh.ImportAsync(json);

        var page = await Html.ParseAsync(import);
        page.QuerySelector("#Upload-error").Text().Should().BeEmpty();
        page.QuerySelector(".flash").Text().Should().Be("Imported 7 check-ins and 2 plans.");
        var (ownerEntries, ownerPlans, ownerAboutYou) = await StoredAsync(ownerId);
        var (freshEntries, freshPlans, freshAboutYou) = await StoredAsync(freshId);
        ownerEntries.Should().HaveCount(7);
        freshEntries.Should().Equal(ownerEntries);
        freshPlans.Should().HaveCount(2).And.Equal(ownerPlans);
        ownerPlans.Should().Contain(p => p.Methods.Contains("pain-medication 0", StringComparison.Ordinal));
        freshAboutYou.Should().NotBeNull().And.Be(ownerAboutYou);

        // And the restored diary exports as the same file, apart from when it was exported.
        var again = JsonNode.Parse(await fresh.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative)))!.AsObject();
        var first = JsonNode.Parse(json)!.AsObject();
        again.Remove("exportedAt");
        first.Remove("exportedAt");
        again.ToJsonString().Should().Be(first.ToJsonString());
    }

    private async Task SeedEverythingAsync(string userId)
    {
        var today = new DateOnly(2026, 11, 20);
        var symptoms = Library.WarningSymptoms.Select(s => s.Code).ToList();
        var regions = BodyMap.Regions.Select(r => r.Area).ToArray();
        var effects = Enum.GetValues<MethodEffect>();
        CheckIn Entry(int daysAgo, TimeOnly? time, int pain) => new()
        {
            UserId = userId,
            Day = today.AddDays(-daysAgo),
            Time = time,
            PainLevel = pain,
            CreatedAt = new DateTimeOffset(2026, 11, 20 - daysAgo, 9, 30, 15, TimeSpan.Zero).AddMilliseconds(123),
            UpdatedAt = new DateTimeOffset(2026, 11, 20 - daysAgo, 10, 45, 0, TimeSpan.Zero),
        };

        var everything = Entry(0, new TimeOnly(8, 10), 7);
        everything.Stiffness = 0;
        everything.Areas = BodyMap.Known;
        everything.WarningSymptoms = symptoms;
        everything.Notes = "Line one\nLine two: ünïcödé, <b>tags</b> & \"quotes\" 😊";
        everything.StoppedSleeping = true;
        everything.StoppedActivities = false;
        everything.AfterFallOrInjury = true;
        everything.Methods = MethodSlugs.Select((slug, i) => new MethodTried
        {
            MethodSlug = slug,
            Minutes = i == 0 ? 0 : i * 10,
            PainBefore = 7,
            PainAfter = 7 - i,
            Effect = effects[i % effects.Length],
        }).ToList();

        var sameDayLater = Entry(0, new TimeOnly(23, 59), 10);
        sameDayLater.Stiffness = 10;
        sameDayLater.Areas = regions[^1] | regions[0];
        sameDayLater.StoppedSleeping = false;
        sameDayLater.StoppedActivities = true;
        sameDayLater.Methods = [new MethodTried { MethodSlug = "heat-therapy" }];

        var sameDayMidnight = Entry(0, new TimeOnly(0, 0), 0);
        var untimed = Entry(5, null, 3);
        untimed.Notes = "From before times were recorded";
        var others = Enumerable.Range(1, 3).Select(i =>
        {
            var entry = Entry(i, new TimeOnly(12, i), i + 2);
            entry.Areas = regions[i * 4] | regions[(i * 4) + 1];
            entry.WarningSymptoms = [symptoms[i]];
            entry.Methods = [new MethodTried { MethodSlug = "stretching", Minutes = 15, Effect = MethodEffect.HelpedALot }];
            return entry;
        });

        await app.WithDbAsync(async db =>
        {
            db.CheckIns.AddRange([everything, sameDayLater, sameDayMidnight, untimed, .. others]);
            db.SavedPlans.Add(new SavedPlan
            {
                UserId = userId,
                StartDate = today.AddDays(-20),
                LengthDays = 28,
                Goal = null,
                CreatedAt = new DateTimeOffset(2026, 10, 31, 7, 0, 0, TimeSpan.Zero),
                UpdatedAt = new DateTimeOffset(2026, 11, 1, 7, 0, 0, TimeSpan.Zero),
                Methods =
                [
                    new PlannedMethod { MethodSlug = "massage-therapy", TimesPerDay = 3, Minutes = 5, TimesOfDay = [new TimeOnly(7, 0), new TimeOnly(13, 0), new TimeOnly(19, 45)] },
                    new PlannedMethod { MethodSlug = "pain-medication", TimesPerDay = 0 },
                ],
            });
            db.RiskHistories.Add(new RiskHistory
            {
                UserId = userId,
                Cancer = true,
                Osteoporosis = true,
                RecentInfectionOrSurgery = true,
                AgeBand = AgeBand.From50,
                NewPain = true,
                UpdatedAt = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero),
            });
            return await db.SaveChangesAsync();
        });
    }

    private Task<(List<EntryFields> Entries, List<PlanFields> Plans, AboutYouFields? AboutYou)> StoredAsync(string userId) =>
        app.WithDbAsync(async db =>
        {
            var entries = (await db.CheckInsOf(userId).Include(c => c.Methods).AsNoTracking().ToListAsync())
                .Select(c => new EntryFields(c.Day, c.Time, c.PainLevel, c.Stiffness, c.Areas, string.Join(",", c.WarningSymptoms), c.Notes,
                    c.StoppedSleeping, c.StoppedActivities, c.AfterFallOrInjury, c.CreatedAt, c.UpdatedAt,
                    string.Join("; ", c.Methods.OrderBy(m => m.MethodSlug, StringComparer.Ordinal)
                        .Select(m => $"{m.MethodSlug} {m.Minutes} {m.PainBefore} {m.PainAfter} {m.Effect}"))))
                .OrderBy(e => e.Day).ThenBy(e => e.Time).ThenBy(e => e.Pain)
                .ToList();
            var plans = (await db.SavedPlans.Where(p => p.UserId == userId).Include(p => p.Methods).AsNoTracking().ToListAsync())
                .Select(p => new PlanFields(p.StartDate, p.LengthDays, p.Goal, p.CreatedAt, p.UpdatedAt,
                    string.Join("; ", p.Methods.OrderBy(m => m.MethodSlug, StringComparer.Ordinal)
                        .Select(m => $"{m.MethodSlug} {m.TimesPerDay} {m.Minutes} {string.Join(",", m.TimesOfDay)}"))))
                .OrderBy(p => p.StartDate).ThenBy(p => p.CreatedAt)
                .ToList();
            var aboutYou = await db.RiskHistories.Where(r => r.UserId == userId).AsNoTracking()
                .Select(r => new AboutYouFields(r.Cancer, r.WeakenedImmunity, r.LongTermSteroids, r.Osteoporosis, r.InjectingDrugs,
                    r.RecentInfectionOrSurgery, r.AgeBand, r.NewPain))
                .SingleOrDefaultAsync();
            return (entries, plans, aboutYou);
        });
}
