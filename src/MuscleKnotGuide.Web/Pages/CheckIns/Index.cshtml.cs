using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

public sealed class IndexModel(DiaryDbContext db, GuideCatalog catalog, TimeProvider clock) : PageModel
{
    public const int PageSize = 30;

    // Compiled once, like the page's entries (CheckInsWithMethods.PageWithMethodsAsync): on a page this small EF Core's
    // per-query work (the query-cache key over the expression tree, parameter extraction) cost more than SQLite.
    private static readonly CompiledPerModel<Func<DiaryDbContext, string, Task<int>>> CountOf = new(() =>
        EF.CompileAsyncQuery((DiaryDbContext db, string userId) => db.CheckIns.Count(c => c.UserId == userId)));

    private static readonly CompiledPerModel<Func<DiaryDbContext, string, DateOnly, Task<int?>>> FirstIdOn = new(() =>
        EF.CompileAsyncQuery((DiaryDbContext db, string userId, DateOnly day) =>
            db.CheckIns.Where(c => c.UserId == userId && c.Day == day).Select(c => (int?)c.Id).FirstOrDefault()));

    public IReadOnlyList<CheckInRow> Rows { get; private set; } = [];

    /// <summary>The page's entries grouped by day, newest day first, with the day's figures of <see cref="DayFigures"/>.</summary>
    public IReadOnlyList<(DateOnly Day, DayEntry Figures, IReadOnlyList<CheckInRow> Entries)> Days { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int Total { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>An entry of today, when there is one, so the main button says "another".</summary>
    public int? TodayId { get; private set; }

    public string? Flash { get; private set; }

    /// <summary>Seek-care advice right after a save, from the one rule set, so a check-in that triggers it shows it straight away.</summary>
    public IReadOnlyList<SeekCareAdvice> Advice { get; private set; } = [];

    // "page" is a route value in Razor Pages, so the query value is read by name from the query only.
    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var library = catalog.Current;
        var userId = User.UserId();
        Today = User.Today(clock);

        Flash = TempData[CheckInFormPage.FlashKey] as string;
        if (TempData[CheckInFormPage.SavedIdKey] is int)
        {
            Advice = await InsightsQuery.SeekCareAdviceAsync(db, userId, Today, library, cancellationToken);
        }

        Total = await CountOf.For(db)(db, userId);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        // Anything that is not a page number (text, 0, negative, too big) shows the nearest real page.
        PageNumber = pageNumber switch
        {
            _ when int.TryParse(pageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var requested) => Math.Clamp(requested, 1, PageCount),
            { Length: > 0 } when pageNumber.All(char.IsAsciiDigit) => PageCount,
            _ => 1,
        };

        var checkIns = await CheckInsWithMethods.PageWithMethodsAsync(db, userId, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        TodayId = checkIns.FirstOrDefault(c => c.Day == Today)?.Id;
        // Newest first, so the first page already says whether there is an entry today when it reaches an older day
        // or holds the whole diary; the database is asked only on other pages, or when every entry shown is dated
        // after today (possible after moving to an earlier time zone).
        var todayIsAnswered = TodayId is not null || (PageNumber == 1 && (Total <= PageSize || checkIns.Any(c => c.Day < Today)));
        if (!todayIsAnswered)
        {
            TodayId = await FirstIdOn.For(db)(db, userId, Today);
        }

        string TitleOf(string slug) => library.FindMethod(slug)?.Title ?? slug;
        var order = library.Methods.Select((m, i) => (m.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        Rows = checkIns.Select(c => new CheckInRow(
            c.Id,
            c.Day,
            c.PainLevel,
            // Most entries have no method or one: those need no sorting.
            c.Methods.Count switch
            {
                0 => [],
                1 => [TitleOf(c.Methods[0].MethodSlug)],
                _ => c.Methods
                    .OrderBy(m => order.GetValueOrDefault(m.MethodSlug, int.MaxValue))
                    .Select(m => TitleOf(m.MethodSlug))
                    .ToArray(),
            },
            c.WarningSymptoms.Count > 0,
            CheckInRow.AnswersOf(c),
            c.Time,
            c.Areas)).ToArray();
        var figures = DayFigures.Combine(checkIns).ToDictionary(d => d.Day);
        Days = Rows.GroupBy(r => r.Day)
            .Select(g => (g.Key, figures[g.Key], (IReadOnlyList<CheckInRow>)g.ToArray()))
            .ToArray();
    }
}
