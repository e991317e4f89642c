using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Pages.Insights;

public sealed class IndexModel(DiaryDbContext db, GuideCatalog catalog, TimeProvider clock) : PageModel
{
    /// <summary>30, 90 or 365 days; anything else (or nothing, or text) shows the default 30.</summary>
    [BindProperty(SupportsGet = true, Name = "range")]
    public string? RequestedRange { get; set; }

    /// <summary>Which method's days to mark under the chart: a method's slug, or "none"; anything else shows the default.</summary>
    [BindProperty(SupportsGet = true, Name = "method")]
    public string? RequestedMethod { get; set; }

    public InsightsReport Report { get; private set; } = null!;

    public MethodDays? ChartMethod { get; private set; }

    public async Task OnGetAsync()
    {
        var view = InsightsView.From(RequestedRange, RequestedMethod, catalog.Current);
        var range = view.Range;
        var today = User.Today(clock);
        var history = await InsightsQuery.LoadHistoryAsync(db, User.UserId(), today, range, HttpContext.RequestAborted);
        Report = InsightsReport.Build(history, today, range, catalog.Current);
        ChartMethod = Report.ChartMethod(view.Method);
    }
}
