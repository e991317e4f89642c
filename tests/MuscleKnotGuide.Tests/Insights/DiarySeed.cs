using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>Puts check-ins straight into the app's database for people registered through the real form.</summary>
internal static class DiarySeed
{
    public static async Task<string> UserIdAsync(this AppFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
        return user.Id;
    }

    /// <summary>Adds all the check-ins in one SaveChanges, so even ten years of them seed in a moment.</summary>
    public static async Task AddCheckInsAsync(this AppFactory app, IEnumerable<CheckIn> checkIns)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        db.CheckIns.AddRange(checkIns);
        await db.SaveChangesAsync();
    }

    /// <summary>Registers a new person through the form (the client stays signed in as them) and seeds their diary.</summary>
    public static async Task<string> RegisterWithCheckInsAsync(this AppFactory app, HttpClient client, Func<string, IEnumerable<CheckIn>> checkIns)
    {
        var email = await client.RegisterAsync();
        var userId = await app.UserIdAsync(email);
        await app.AddCheckInsAsync(checkIns(userId));
        return userId;
    }

    public static CheckIn CheckIn(string userId, DateOnly day, int pain, string[]? symptoms = null, params MethodTried[] methods) => new()
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
}
