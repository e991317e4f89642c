using Microsoft.AspNetCore.Mvc;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

public sealed class NewModel(DiaryDbContext db, GuideCatalog catalog, TimeProvider clock) : CheckInFormPage(db, catalog, clock)
{
    /// <summary>Why the form shows today instead of the day asked for.</summary>
    public string? Notice { get; private set; }

    public override string SaveLabel => "Save check-in";

    public async Task OnGetAsync([FromQuery] string? day)
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
            else if (!CheckInWindow.Contains(parsed, Today))
            {
                Notice = $"New entries can go back {CheckInWindow.Days} days (to {DayText.Full(EarliestDay)}), so the form is set to today.";
            }
            else
            {
                requested = parsed;
            }
        }

        // Logging a day again adds an entry: a day may hold several.
        Form = CheckInRequest.Blank(requested, User.TimeNow(Clock), Library);
        OtherEntries = await EntriesOnAsync(requested, 0, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Prepare();
        var values = ValidateForm(keepDay: null);
        if (values is null)
        {
            OtherEntries = await EntriesOnAsync(FormDay, 0, HttpContext.RequestAborted);
            return Page();
        }

        return await SaveAsync(new CheckIn { UserId = UserId }, values, HttpContext.RequestAborted);
    }
}
