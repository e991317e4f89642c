using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Home;

namespace MuscleKnotGuide.Web.Pages;

public sealed class IndexModel(GuideCatalog catalog, DiaryDbContext db, TimeProvider clock) : PageModel
{
    public GuideLibrary Library { get; private set; } = null!;

    /// <summary>Only for a signed-in person; the public home page never touches the diary.</summary>
    public HomeDashboard? Dashboard { get; private set; }

    public async Task OnGetAsync()
    {
        Library = catalog.Current;
        if (User.Identity?.IsAuthenticated == true)
        {
            Dashboard = await HomeDashboard.LoadAsync(db, User.UserId(), User.TimeZoneId(), clock, Library, HttpContext.RequestAborted);
        }
    }
}
