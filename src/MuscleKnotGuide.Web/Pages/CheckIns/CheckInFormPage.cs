using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

/// <summary>What the new and edit pages share: the form, the person's today, and one careful save.</summary>
public abstract class CheckInFormPage(DiaryDbContext db, GuideCatalog catalog, TimeProvider clock) : PageModel
{
    public const string FlashKey = "CheckInFlash";
    public const string SavedIdKey = "CheckInSavedId";

    [BindProperty]
    public CheckInRequest Form { get; set; } = new();

    public GuideLibrary Library { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>Set when the chosen day already has a check-in, so the page can link to it.</summary>
    public int? ExistingId { get; private set; }

    /// <summary>The seek-care advice in force today, so reopening a check-in repeats it.</summary>
    public IReadOnlyList<SeekCareAdvice> Advice { get; protected set; } = [];

    public DateOnly EarliestDay { get; protected set; }

    protected DiaryDbContext Db => db;

    protected string UserId => User.UserId();

    /// <summary>Takes one snapshot of the guides and the person's today for the whole request.</summary>
    protected void Prepare()
    {
        Library = catalog.Current;
        Today = User.Today(clock);
        EarliestDay = CheckInWindow.Earliest(Today);
    }

    /// <summary>Validates the posted form; the problems go next to their fields.</summary>
    protected CheckInValues? ValidateForm(DateOnly? keepDay)
    {
        var check = CheckInRules.Check(Form, Library, Today, keepDay);
        foreach (var problem in check.Problems)
        {
            ModelState.AddModelError($"{nameof(Form)}.{problem.Field}", problem.Message);
        }

        return check.Values;
    }

    /// <summary>
    /// Stores the check-in in one SaveChanges, so nothing is half-saved. A day that already has another
    /// check-in (found first, or raced in by a parallel request and caught by the unique index) becomes a
    /// message next to the date instead of an error page.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(CheckIn checkIn, CheckInValues values, CancellationToken cancellationToken)
    {
        if (await OtherCheckInOnAsync(values.Day, checkIn.Id, cancellationToken) is { } otherId)
        {
            return DayTaken(values.Day, otherId);
        }

        if (checkIn.Id == 0 && await db.CheckInsOf(UserId).CountAsync(cancellationToken) >= DiaryLimits.MaxCheckIns)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(CheckInRequest.Day)}", DiaryLimits.CheckInsFull);
            return Page();
        }

        var otherNotes = await db.CheckInsOf(UserId).Where(c => c.Id != checkIn.Id).SumAsync(c => c.Notes == null ? 0 : c.Notes.Length, cancellationToken);
        if (otherNotes + (values.Notes?.Length ?? 0) > DiaryLimits.MaxNotesCharacters)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(CheckInRequest.Notes)}", DiaryLimits.NotesFull(otherNotes));
            return Page();
        }

        values.ApplyTo(checkIn, clock.GetUtcNow());
        if (checkIn.Id == 0)
        {
            db.CheckIns.Add(checkIn);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return DayTaken(values.Day, await OtherCheckInOnAsync(values.Day, checkIn.Id, cancellationToken));
        }

        TempData[FlashKey] = $"Saved your check-in for {DayText.Full(checkIn.Day)}.";
        TempData[SavedIdKey] = checkIn.Id;
        return Redirect("/checkins");
    }

    private async Task<int?> OtherCheckInOnAsync(DateOnly day, int exceptId, CancellationToken cancellationToken)
    {
        var ids = await db.CheckInsOf(UserId).Where(c => c.Day == day && c.Id != exceptId).Select(c => c.Id).ToListAsync(cancellationToken);
        return ids.Count > 0 ? ids[0] : null;
    }

    private PageResult DayTaken(DateOnly day, int? otherId)
    {
        ExistingId = otherId;
        ModelState.AddModelError($"{nameof(Form)}.{nameof(CheckInRequest.Day)}",
            $"A check-in for {DayText.Full(day)} already exists. Open it to make changes, or choose another date.");
        return Page();
    }
}
