using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Tests.Account;

/// <summary>Puts diary rows in the database directly, and uploads export files through the real "Your data" form.</summary>
public static class DiaryData
{
    public static async Task<string> UserIdOfAsync(this AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    public static async Task SeedAsync(this AppFactory app, string email, IEnumerable<CheckIn> checkIns, IEnumerable<SavedPlan>? plans = null)
    {
        var userId = await app.UserIdOfAsync(email);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        foreach (var checkIn in checkIns)
        {
            checkIn.UserId = userId;
            db.CheckIns.Add(checkIn);
        }

        foreach (var plan in plans ?? [])
        {
            plan.UserId = userId;
            db.SavedPlans.Add(plan);
        }

        await db.SaveChangesAsync();
    }

    public static CheckIn CheckIn(DateOnly day, int pain = 5, string? notes = null, params string[] methods) => new()
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

    /// <summary>Submits the import form of /account/data with a file, as a browser's multipart upload, antiforgery token included.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string json, string fileName = "diary.json") =>
        await client.ImportAsync(Encoding.UTF8.GetBytes(json), fileName);

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, byte[] file, string fileName = "diary.json")
    {
        var page = await client.GetPageAsync("/account/data");
        var form = page.QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']")
            ?? throw new InvalidOperationException("The data page has no upload form.");
        var input = form.QuerySelector<IHtmlInputElement>("input[type=file]")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(fileContent, input.Name!, fileName);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}

public static class RedirectLocations
{
    /// <summary>The path of a redirect, whether the app sent it relative ("/x") or absolute ("http://localhost/x?y").</summary>
    public static string AbsolutePathOrSelf(this Uri location) =>
        location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
}
