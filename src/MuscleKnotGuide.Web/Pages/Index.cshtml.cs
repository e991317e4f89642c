using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Pages;

public sealed class IndexModel(GuideCatalog catalog) : PageModel
{
    public GuideLibrary Library { get; private set; } = null!;

    public void OnGet() => Library = catalog.Current;
}
