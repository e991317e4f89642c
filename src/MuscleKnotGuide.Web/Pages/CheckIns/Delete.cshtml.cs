using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

public sealed class DeleteModel(DiaryDbContext db, GuideCatalog catalog) : PageModel
{
    public CheckInRow Row { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var checkIn = await db.CheckInsOf(User.UserId()).Include(c => c.Methods).AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (checkIn is null)
        {
            return NotFound();
        }

        var library = catalog.Current;
        Row = new CheckInRow(checkIn.Id, checkIn.Day, checkIn.PainLevel,
            checkIn.Methods.Select(m => library.FindMethod(m.MethodSlug)?.Title ?? m.MethodSlug).ToArray(),
            checkIn.WarningSymptoms.Count > 0,
            CheckInRow.AnswersOf(checkIn));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var userId = User.UserId();
        // A turn like any diary write, so the kept run cannot cross another save of this person.
        await using var transaction = await DiaryWriteLock.BeginAsync(db, userId, HttpContext.RequestAborted);
        var checkIn = await db.CheckInsOf(userId).FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (checkIn is null)
        {
            return NotFound();
        }

        // The methods go with it (cascade), in the same statement.
        db.CheckIns.Remove(checkIn);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await LatestRunKeeper.RecountAsync(db, userId, HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        TempData[CheckInFormPage.FlashKey] = $"Deleted the entry of {DayText.Full(checkIn.Day)}{(checkIn.Time is { } time ? $" at {DayText.Time(time)}" : "")}.";
        return Redirect("/checkins");
    }
}
