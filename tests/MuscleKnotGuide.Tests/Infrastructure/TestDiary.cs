using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>
/// The one test-diary helper: finds a person registered through the real form, writes check-ins and plans straight
/// into the app's database, reads back what was stored, and builds the rows to write.
/// </summary>
public static class TestDiary
{
    public static async Task<string> UserIdOfAsync(this AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
        return user.Id;
    }

    /// <summary>Stores check-ins as <paramref name="email"/>'s, for tests about reading them (history, paging, ownership).</summary>
    public static Task SeedAsync(this AppFactory app, string email, params IEnumerable<CheckIn> checkIns) =>
        app.SeedAsync(email, checkIns, []);

    /// <summary>Stores check-ins and saved plans as <paramref name="email"/>'s.</summary>
    public static async Task SeedAsync(this AppFactory app, string email, IEnumerable<CheckIn> checkIns, IEnumerable<SavedPlan> plans)
    {
        var userId = await app.UserIdOfAsync(email);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        foreach (var checkIn in checkIns)
        {
            checkIn.UserId = userId;
            db.CheckIns.Add(checkIn);
        }

        foreach (var plan in plans)
        {
            plan.UserId = userId;
            db.SavedPlans.Add(plan);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Adds check-ins whose owner is already set, all in one SaveChanges, so even ten years of them seed in a moment.</summary>
    public static async Task AddCheckInsAsync(this AppFactory app, params IEnumerable<CheckIn> checkIns)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        db.CheckIns.AddRange(checkIns);
        await db.SaveChangesAsync();
    }

    /// <summary>Registers a new person through the form (the client stays signed in as them) and seeds their diary.</summary>
    public static async Task<string> RegisterWithCheckInsAsync(this AppFactory app, HttpClient client, Func<string, IEnumerable<CheckIn>> checkIns)
    {
        var email = await client.RegisterAsync();
        var userId = await app.UserIdOfAsync(email);
        await app.AddCheckInsAsync(checkIns(userId));
        return userId;
    }

    /// <summary>Everything stored for one person, methods included, oldest day first.</summary>
    public static async Task<List<CheckIn>> CheckInsOfAsync(this AppFactory app, string email)
    {
        var userId = await app.UserIdOfAsync(email);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        return await db.CheckInsOf(userId).Include(c => c.Methods).AsNoTracking().OrderBy(c => c.Day).ToListAsync();
    }

    /// <summary>How many plans <paramref name="email"/> has saved.</summary>
    public static async Task<int> PlanCountOfAsync(this AppFactory app, string email)
    {
        var userId = await app.UserIdOfAsync(email);
        return await app.WithDbAsync(db => db.PlansOf(userId).CountAsync());
    }

    /// <summary>The run of logged days kept with the person (<see cref="LatestRunKeeper"/>), or null when not known.</summary>
    public static Task<LatestRun?> KeptRunAsync(this AppFactory app, string userId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => LatestRun.Kept(u.RunStart, u.RunEnd)).FirstAsync());

    public static async Task<T> WithDbAsync<T>(this AppFactory app, Func<DiaryDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<DiaryDbContext>());
    }

    /// <summary>A check-in with only its day and pain, for <see cref="SeedAsync(AppFactory, string, IEnumerable{CheckIn})"/> to give an owner.</summary>
    public static CheckIn ACheckIn(DateOnly day, int pain = 4) => CheckIn("", day, pain);

    public static CheckIn CheckIn(string userId, DateOnly day, int pain, params MethodTried[] methods) =>
        CheckIn(userId, day, pain, null, methods);

    public static CheckIn CheckIn(string userId, DateOnly day, int pain, string[]? symptoms, params MethodTried[] methods) => new()
    {
        UserId = userId,
        Day = day,
        PainLevel = pain,
        WarningSymptoms = [.. symptoms ?? []],
        Methods = [.. methods],
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    /// <summary>One check-in a day for <paramref name="pains"/>.Count days ending today, oldest first; null skips a day.</summary>
    public static IEnumerable<CheckIn> Daily(string userId, DateOnly today, IReadOnlyList<int?> pains) =>
        pains.Select((pain, i) => pain is { } p ? CheckIn(userId, today.AddDays(i - (pains.Count - 1)), p) : null).OfType<CheckIn>();

    /// <summary>A check-in with every field filled (stiffness, areas, notes, methods with pain before and after), as an export carries it.</summary>
    public static CheckIn FilledCheckIn(DateOnly day, int pain = 5, string? notes = null, params string[] methods) => new()
    {
        UserId = "",
        Day = day,
        PainLevel = pain,
        Stiffness = 3,
        Areas = BackAreas.UpperLeft | BackAreas.LowerRight,
        WarningSymptoms = [],
        Notes = notes,
        Methods = methods.Select(slug => new MethodTried { MethodSlug = slug, Minutes = 10, PainBefore = pain, PainAfter = Math.Max(0, pain - 2), Effect = MethodEffect.HelpedALittle }).ToList(),
        CreatedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero),
    };

    public static MethodTried Tried(string slug, int? before = null, int? after = null, MethodEffect? effect = null) => new()
    {
        MethodSlug = slug,
        PainBefore = before,
        PainAfter = after,
        Effect = effect,
    };

    /// <summary>A two-week plan of stretching twice a day and heat once, with no owner yet.</summary>
    public static SavedPlan Plan(DateOnly start, string? goal = null) => new()
    {
        UserId = "",
        StartDate = start,
        LengthDays = 14,
        Goal = goal,
        Methods =
        [
            new PlannedMethod { MethodSlug = "stretching", TimesPerDay = 2, Minutes = 10, TimesOfDay = [new TimeOnly(8, 0), new TimeOnly(18, 30)] },
            new PlannedMethod { MethodSlug = "heat-therapy", TimesPerDay = 1, Minutes = 15, TimesOfDay = [new TimeOnly(21, 0)] },
        ],
        CreatedAt = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    };
}
