using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

public sealed class NewModel(DiaryDbContext db, GuideCatalog catalog, TimeProvider clock) : CheckInFormPage(db, catalog, clock)
{
    public const string NoticeKey = "CheckInNotice";

    /// <summary>Why the form shows today instead of the day asked for.</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] string? day)
    {
        Prepare();
        var requested = Today;
        if (!string.IsNullOrWhiteSpace(day))
        {
            if (!DayText.TryParseIso(day, out var parsed))
            {
                Notice = $"\"{day}\" is not a date this form understands, so it is set to today.";
            }
            else if (parsed > Today)
            {
                Notice = $"{DayText.Full(parsed)} hasn't happened yet, so the form is set to today.";
            }
            else if (!CheckInWindow.Contains(parsed, Today) && await FindIdAsync(parsed) is null)
            {
                Notice = $"Check-ins can go back {CheckInWindow.Days} days (to {DayText.Full(EarliestDay)}), so the form is set to today.";
            }
            else
            {
                requested = parsed;
            }
        }

        // Logging a day that already has a check-in opens that one: one check-in per day.
        if (await FindIdAsync(requested) is { } existing)
        {
            if (Notice is not null)
            {
                TempData[NoticeKey] = Notice;
            }

            return Redirect($"/checkins/{existing}/edit");
        }

        Form = CheckInRequest.Blank(requested, Library);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Prepare();
        var values = ValidateForm(keepDay: null);
        if (values is null)
        {
            return Page();
        }

        return await SaveAsync(new CheckIn { UserId = UserId }, values, HttpContext.RequestAborted);
    }

    private Task<int?> FindIdAsync(DateOnly day) =>
        Db.CheckInsOf(UserId).Where(c => c.Day == day).Select(c => (int?)c.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
}
