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

    /// <summary>The seek-care advice in force today, so reopening a check-in repeats it.</summary>
    public IReadOnlyList<SeekCareAdvice> Advice { get; protected set; } = [];

    public DateOnly EarliestDay { get; protected set; }

    /// <summary>The day the form is for, as it was posted or shown; today when the posted date is not a date.</summary>
    public DateOnly FormDay => DayText.TryParseIso(Form.Day, out var day) ? day : Today;

    /// <summary>The pain question, naming the day: "Pain today, Tuesday 24 November" or "Pain on Monday 23 November", never "today" for a past day.</summary>
    public string PainTitle => FormDay == Today ? $"Pain today, {DayText.DayMonth(FormDay)}" : $"Pain on {DayText.DayMonth(FormDay)}";

    /// <summary>"today" or "that day", for questions that name the day.</summary>
    public string ThatDay => FormDay == Today ? "today" : "that day";

    /// <summary>The words on the form's save buttons.</summary>
    public abstract string SaveLabel { get; }

    /// <summary>Entries the form's day holds besides this one; the form says how they add up.</summary>
    public int OtherEntries { get; protected set; }

    protected DiaryDbContext Db => db;

    protected TimeProvider Clock => clock;

    protected string UserId => User.UserId();

    /// <summary>Takes one snapshot of the guides and the person's today for the whole request.</summary>
    protected void Prepare()
    {
        Library = catalog.Current;
        Today = User.Today(clock);
        EarliestDay = CheckInWindow.Earliest(Today);
    }

    /// <summary>Validates the posted form; the problems go next to their fields.</summary>
    protected CheckInValues? ValidateForm(DateOnly? keepDay, bool timeOptional = false)
    {
        var check = CheckInRules.Check(Form, Library, Today, keepDay, timeOptional);
        foreach (var problem in check.Problems)
        {
            ModelState.AddModelError($"{nameof(Form)}.{problem.Field}", problem.Message);
        }

        return check.Values;
    }

    /// <summary>
    /// Stores the entry in one SaveChanges, so nothing is half-saved. A day already holding
    /// <see cref="CheckInRules.MaxEntriesPerDay"/> other entries becomes a message next to the date. The counts
    /// (<see cref="DiaryBeforeSaveQuery"/>) and the save share one <see cref="DiaryWriteLock"/> transaction, so two
    /// saves at once cannot both take the last place.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(CheckIn checkIn, CheckInValues values, CancellationToken cancellationToken)
    {
        await using var transaction = await DiaryWriteLock.BeginAsync(db, UserId, cancellationToken);
        var before = await DiaryBeforeSaveQuery.ReadAsync(db, UserId, values.Day, checkIn.Id, cancellationToken);
        switch (before.Room)
        {
            case DiaryRoom.DayFull:
                var full = CheckInRules.CheckRoomOnDay(values.Day, CheckInRules.MaxEntriesPerDay)!;
                ModelState.AddModelError($"{nameof(Form)}.{full.Field}", full.Message);
                return Page();
            case DiaryRoom.DiaryFull:
                ModelState.AddModelError($"{nameof(Form)}.{nameof(CheckInRequest.Day)}", DiaryLimits.CheckInsFull);
                return Page();
        }

        if (before.OtherNotesCharacters + (values.Notes?.Length ?? 0) > DiaryLimits.MaxNotesCharacters)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(CheckInRequest.Notes)}", DiaryLimits.NotesFull(before.OtherNotesCharacters));
            return Page();
        }

        var isNew = checkIn.Id == 0;
        var moved = !isNew && checkIn.Day != values.Day;
        values.ApplyTo(checkIn, clock.GetUtcNow());
        if (checkIn.Id == 0)
        {
            db.CheckIns.Add(checkIn);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (isNew)
        {
            await LatestRunKeeper.AfterAddingAsync(db, UserId, before, cancellationToken);
        }
        else if (moved)
        {
            // The day it left may now be a gap in the run.
            await LatestRunKeeper.RecountAsync(db, UserId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        var at = checkIn.Time is { } time ? $" at {DayText.Time(time)}" : "";
        TempData[FlashKey] = $"Saved your entry for {DayText.Full(checkIn.Day)}{at}.";
        TempData[SavedIdKey] = checkIn.Id;
        return Redirect("/checkins");
    }

    /// <summary>How many entries the day already holds, so the form can say how this one adds up with them.</summary>
    protected Task<int> EntriesOnAsync(DateOnly day, int exceptId, CancellationToken cancellationToken) =>
        db.CheckInsOf(UserId).CountAsync(c => c.Day == day && c.Id != exceptId, cancellationToken);
}
