using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>Puts check-ins and plans into a signed-in person's diary, through the app's own forms.</summary>
public static class Diary
{
    public static readonly string[] MethodTitles =
        ["Massage therapy", "Stretching", "Heat therapy", "Foam rolling", "Over-the-counter pain medication"];

    /// <summary>The person's "today" as the app sees it (their time zone): the day the new check-in form starts on.</summary>
    public static async Task<DateOnly> TodayAsync(this IPage page)
    {
        await page.OpenAsync("/checkins/new");
        var iso = await page.GetByLabel("Date").InputValueAsync();
        return DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Logs today's check-in through the form: a pain level and, optionally, methods ticked as tried.</summary>
    public static async Task LogCheckInAsync(this IPage page, int pain, params string[] methods)
    {
        await page.OpenAsync("/checkins/new");
        await page.PainChoice(pain).CheckAsync();
        if (methods.Length > 0)
        {
            await page.OpenDetailsAsync();
        }

        foreach (var method in methods)
        {
            await page.MethodTick(method).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/checkins$"));
    }

    /// <summary>Unfolds the form's "Add details" (as a tap on it would), leaving it open if it already is.</summary>
    public static async Task OpenDetailsAsync(this IPage page)
    {
        var details = page.Locator("details.entry-details");
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("> summary").ClickAsync();
        }
    }

    /// <summary>The radio for a level on the "Pain today" scale.</summary>
    public static ILocator PainChoice(this IPage page, int pain) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Pain today" }).GetByRole(AriaRole.Radio, new() { Name = pain.ToString(CultureInfo.InvariantCulture), Exact = true });

    /// <summary>The "I tried this" box of a method on the check-in form.</summary>
    public static ILocator MethodTick(this IPage page, string methodTitle) =>
        page.GetByRole(AriaRole.Checkbox, new() { Name = $"{methodTitle} I tried this" });

    /// <summary>
    /// Fills the diary with one check-in a day for <paramref name="days"/> days up to today, in one upload of the
    /// app's own export format on /account/data: one request instead of a form per day, and all-or-nothing.
    /// Pain eases from 7 to 3 over the days; stretching is tried every other day; body map regions are marked on two
    /// days of three, so history, report and their axe, print and phone checks see the maps.
    /// </summary>
    public static async Task ImportCheckInsAsync(this IPage page, int days)
    {
        var today = await page.TodayAsync();
        var checkIns = Enumerable.Range(0, days).Select(i =>
        {
            var day = today.AddDays(i - days + 1);
            var pain = 7 - (4 * i / Math.Max(1, days - 1));
            object[] methods = i % 2 == 0
                ? [new { method = "stretching", minutes = 10, painBefore = pain + 1, painAfter = pain, effect = "helped-a-little" }]
                : [];
            string[] areas = (i % 3) switch
            {
                0 => ["lower-left", "lower-right", "buttock-left"],
                1 => ["between-shoulder-blades", "neck-right", "thigh-left"],
                _ => [],
            };
            return new { day = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), painLevel = pain, areas, methods };
        });
        var export = new
        {
            format = "muscleknotguide-diary",
            version = 1,
            exportedAt = DateTimeOffset.UtcNow,
            checkIns,
            plans = Array.Empty<object>(),
        };

        await page.OpenAsync("/account/data");
        await page.GetByLabel("Export file (.json)").SetInputFilesAsync(new FilePayload
        {
            Name = "diary.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(export)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Imported {days} check-ins and 0 plans.");
    }

    /// <summary>Builds a plan through the /plan form with every method ticked; a visitor lands on the print page, a signed-in person on the saved plan.</summary>
    public static async Task BuildPlanWithEveryMethodAsync(this IPage page, int lengthDays = 14)
    {
        await page.OpenAsync("/plan");
        var methods = page.GetByRole(AriaRole.Group, new() { Name = "Methods", Exact = true });
        foreach (var title in MethodTitles)
        {
            await methods.GetByRole(AriaRole.Checkbox, new() { Name = title, Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Radio, new() { Name = $"{lengthDays} days" }).CheckAsync();
        await page.Locator("form.plan-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/plan/(print\?|\d+$)"));
    }
}
