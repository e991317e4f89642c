using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Web.Pages.YourData;

/// <summary>"Your data": download everything, restore an export, or go on to delete the account.</summary>
// The upload may be larger than an ordinary form; past this the friendly 413 page answers instead.
[RequestSizeLimit(DataModel.ImportRequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DataModel.ImportRequestLimitBytes)]
public sealed class DataModel(DiaryDbContext db, GuideCatalog guides, TimeProvider clock) : PageModel
{
    public const int ImportFileLimitBytes = DiaryLimits.ImportFileBytes;

    // The file plus the form around it; a file past the limit still gets the clear message, not a bare 413.
    public const int ImportRequestLimitBytes = DiaryLimits.ImportFileBytes + (4 * 1024 * 1024);

    [BindProperty]
    [Display(Name = "Export file (.json)")]
    public IFormFile? Upload { get; set; }

    public DiarySize Size { get; private set; } = new(0, 0);

    /// <summary>Set after a successful import, e.g. "Imported 42 check-ins and 1 plan."</summary>
    public string? Imported { get; private set; }

    /// <summary>Days in the file that the account already has; the import wrote nothing.</summary>
    public IReadOnlyList<DateOnly> ExistingDays { get; private set; } = [];

    public async Task OnGetAsync() => await CountAsync();

    public async Task<IActionResult> OnPostImportAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var json = await ReadUploadAsync(cancellationToken);
        if (json is null)
        {
            return await ShowAsync();
        }

        var export = DiaryImport.Parse(json, out var problem);
        if (export is null)
        {
            ModelState.AddModelError(nameof(Upload), problem!);
            return await ShowAsync();
        }

        var userId = User.UserId();
        var existingDays = await db.CheckInsOf(userId).Select(c => c.Day).ToHashSetAsync(cancellationToken);
        var library = guides.Current;
        var rules = new ImportRules(
            library.Methods.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal),
            library.WarningSymptoms.Select(s => s.Code).ToHashSet(StringComparer.Ordinal),
            User.Today(clock),
            library.Methods.Where(LabelDirected.Is).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal));
        var result = DiaryImport.WithinLimits(
            DiaryImport.Check(export, rules, existingDays, userId, clock.GetUtcNow()),
            await db.CheckInsOf(userId).CountAsync(cancellationToken),
            await db.CheckInsOf(userId).SumAsync(c => c.Notes == null ? 0 : c.Notes.Length, cancellationToken),
            await db.PlansOf(userId).Include(p => p.Methods).AsNoTracking().ToListAsync(cancellationToken));

        if (!result.CanBeSaved)
        {
            Refuse(result.Problems, result.ExistingDays);
            return await ShowAsync();
        }

        db.CheckIns.AddRange(result.CheckIns);
        db.SavedPlans.AddRange(result.Plans);
        if (result.AboutYou is { } aboutYou)
        {
            db.RiskHistories.RemoveRange(await db.RiskHistories.Where(r => r.UserId == userId).ToListAsync(cancellationToken));
            db.RiskHistories.Add(aboutYou);
        }
        // One transaction, a diary write's turn: every check-in and plan of the file with the run they make, or none.
        var saved = false;
        await using (var transaction = await DiaryWriteLock.BeginAsync(db, userId, cancellationToken))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await LatestRunKeeper.RecountAsync(db, userId, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                saved = true;
            }
            catch (DbUpdateException ex)
            {
                // Whatever the database refused (most often another tab saving one of these days, which the unique
                // index stops), nothing of the file was written.
                db.ChangeTracker.Clear();
                ModelState.AddModelError(nameof(Upload), ex.IsUniqueViolation()
                    ? "Some of these days were saved in another window just now. Nothing was imported; try again."
                    : "Your diary could not be saved just now. Nothing was imported; try again.");
            }
        }

        if (!saved)
        {
            return await ShowAsync();
        }

        Imported = $"Imported {Count(result.CheckIns.Count, "check-in")} and {Count(result.Plans.Count, "plan")}."
            + (result.SkippedPlans > 0 ? $" Left out {Count(result.SkippedPlans, "plan")} identical to one you already have." : "");
        return await ShowAsync();
    }

    public static string Count(int number, string noun) => $"{number} {noun}{(number == 1 ? "" : "s")}";

    private async Task<string?> ReadUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose the .json file you downloaded from this page.");
            return null;
        }

        if (Upload.Length > ImportFileLimitBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The file is larger than {ImportFileLimitBytes / 1024 / 1024} MB, so it is not an export from this app.");
            return null;
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private void Refuse(IReadOnlyList<string> problems, IReadOnlyList<DateOnly> existingDays)
    {
        foreach (var problem in problems.Take(DiaryImport.MaxProblemsShown))
        {
            ModelState.AddModelError(nameof(Upload), problem);
        }

        if (problems.Count > DiaryImport.MaxProblemsShown)
        {
            ModelState.AddModelError(nameof(Upload), $"… and {problems.Count - DiaryImport.MaxProblemsShown} more problems. Nothing was imported.");
        }

        if (existingDays.Count > 0)
        {
            ExistingDays = existingDays;
            ModelState.AddModelError(nameof(Upload), $"Your diary already has {Count(existingDays.Count, "day")} from this file (listed below). Nothing was imported, so nothing was overwritten.");
        }
    }

    private async Task<PageResult> ShowAsync()
    {
        await CountAsync();
        return Page();
    }

    private async Task CountAsync() => Size = await DiarySize.OfAsync(db, User.UserId(), HttpContext.RequestAborted);
}
