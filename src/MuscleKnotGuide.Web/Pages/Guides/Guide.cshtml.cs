using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Pages.Guides;

public sealed class GuideModel(GuideCatalog catalog, GuidanceSettings guidance) : PageModel
{
    public TreatmentGuide Guide { get; private set; } = null!;

    public TreatmentGuide? Previous { get; private set; }

    public TreatmentGuide? Next { get; private set; }

    public IReadOnlyList<TreatmentGuide> Methods { get; private set; } = [];

    /// <summary>Whose emergency numbers and words the page shows: the person's chosen region, or the site's default.</summary>
    public CareRegion Region => guidance.RegionFor(User);

    public IActionResult OnGet(string slug)
    {
        // One snapshot for the whole request, so a reload mid-request cannot mix two versions.
        var library = catalog.Current;
        if (library.Find(slug) is not { } guide)
        {
            return NotFound();
        }

        Guide = guide;
        Previous = library.PreviousMethod(guide);
        Next = library.NextMethod(guide);
        Methods = library.Methods;
        return Page();
    }
}
