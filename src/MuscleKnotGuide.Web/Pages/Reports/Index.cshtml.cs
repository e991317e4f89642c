using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Reports;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Pages.Reports;

/// <summary>A print-ready summary of the diary for a doctor; sign-in is required for the whole /Report folder.</summary>
public sealed class IndexModel(GuideCatalog catalog, DiaryDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    /// <summary>"true" when the person ticked "include my notes"; notes are left out unless they ask.</summary>
    [BindProperty(SupportsGet = true, Name = "notes")]
    public string? Notes { get; set; }

    public bool IncludeNotes => string.Equals(Notes, "true", StringComparison.OrdinalIgnoreCase);

    public DoctorReport? Report { get; private set; }

    /// <summary>The insights' chart of the same days, drawn above the table.</summary>
    public PainTrend? Trend { get; private set; }

    public string? Name { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = User.Today(clock);
        Name = User.DisplayName();
        if (string.IsNullOrEmpty(From) && string.IsNullOrEmpty(To))
        {
            var (defaultFrom, defaultTo) = ReportRange.Default(Today);
            From = DayText.Iso(defaultFrom);
            To = DayText.Iso(defaultTo);
        }

        var problems = ReportRange.Check(From, To, Today, out var from, out var to);
        foreach (var problem in problems)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        if (problems.Count > 0)
        {
            return;
        }

        var checkIns = await CheckInsWithMethods.InRangeWithMethodsAsync(db, User.UserId(), from, to, cancellationToken);
        Report = DoctorReport.Build(checkIns, from, to, catalog.Current, IncludeNotes);
        Trend = PainTrend.Build(Report.LoggedDays, to, to.DayNumber - from.DayNumber + 1);
    }

    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? ErrorClass(string key) => Error(key) is null ? null : "input-validation-error";
}
