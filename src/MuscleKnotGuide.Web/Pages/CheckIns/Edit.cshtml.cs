using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

public sealed class EditModel(DiaryDbContext db, GuideCatalog catalog, TimeProvider clock) : CheckInFormPage(db, catalog, clock)
{
    public int Id { get; private set; }

    public DateOnly StoredDay { get; private set; }

    public TimeOnly? StoredTime { get; private set; }

    public override string SaveLabel => "Save changes";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Prepare();
        if (await LoadAsync(id) is not { } checkIn)
        {
            return NotFound();
        }

        Form = CheckInRequest.From(checkIn, Library);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        Prepare();
        if (await LoadAsync(id) is not { } checkIn)
        {
            return NotFound();
        }

        // An entry older than the window can still be corrected, as long as it keeps its day.
        // An entry from before times were recorded may stay untimed.
        var values = ValidateForm(keepDay: checkIn.Day, timeOptional: checkIn.Time is null);
        if (values is null)
        {
            return Page();
        }

        return await SaveAsync(checkIn, values, HttpContext.RequestAborted);
    }

    private async Task<CheckIn?> LoadAsync(int id)
    {
        var checkIn = await Db.CheckInsOf(UserId).Include(c => c.Methods).FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (checkIn is not null)
        {
            Id = checkIn.Id;
            StoredDay = checkIn.Day;
            StoredTime = checkIn.Time;
            OtherEntries = await EntriesOnAsync(checkIn.Day, checkIn.Id, HttpContext.RequestAborted);
            Advice = await InsightsQuery.SeekCareAdviceAsync(Db, UserId, Today, Library, HttpContext.RequestAborted);
            EarliestDay = checkIn.Day < EarliestDay ? checkIn.Day : EarliestDay;
        }

        return checkIn;
    }
}
