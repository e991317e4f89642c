using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Plans;

/// <summary>Small builders for the plan tests: the real guides, check-ins written straight into the app's database.</summary>
public static class PlanTestData
{
    public static readonly string[] MethodSlugs = ["massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication"];

    public static GuideLibrary Library { get; } = GuideLibrary.Load(TempContent.RepoFolder);

    public static CheckIn CheckIn(string userId, DateOnly day, int pain, params MethodTried[] methods) => new()
    {
        UserId = userId,
        Day = day,
        PainLevel = pain,
        Methods = [.. methods],
    };

    public static MethodTried Tried(string slug, int? before = null, int? after = null, MethodEffect? effect = null) => new()
    {
        MethodSlug = slug,
        PainBefore = before,
        PainAfter = after,
        Effect = effect,
    };

    public static async Task<string> UserIdOfAsync(this AppFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        return user!.Id;
    }

    public static async Task AddCheckInsAsync(this AppFactory app, params CheckIn[] checkIns)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        db.CheckIns.AddRange(checkIns);
        await db.SaveChangesAsync();
    }

    public static async Task<T> WithDbAsync<T>(this AppFactory app, Func<DiaryDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<DiaryDbContext>());
    }

    /// <summary>The builder's fields that tick every method of the five.</summary>
    public static (string Key, string Value)[] ChooseAll() =>
        Enumerable.Range(0, MethodSlugs.Length).Select(i => ($"Form.Methods[{i}].Chosen", "true")).ToArray();
}
