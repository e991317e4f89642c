using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Pages.Guides;

public sealed class GuideModel(GuideCatalog catalog, GuidanceSettings guidance, TimeProvider clock) : PageModel
{
    public TreatmentGuide Guide { get; private set; } = null!;

    public TreatmentGuide? Previous { get; private set; }

    public TreatmentGuide? Next { get; private set; }

    public IReadOnlyList<TreatmentGuide> Methods { get; private set; } = [];

    /// <summary>Whose emergency numbers and words the page shows: the person's chosen region, or the site's default.</summary>
    public CareRegion Region => guidance.RegionFor(User);

    /// <summary>"I just did this": a method entry straight from the guide (signed in only).</summary>
    [BindProperty]
    public MethodTryForm JustDid { get; set; } = new();

    /// <summary>The entry "I just did this" just saved, to offer "view the day".</summary>
    public MethodEntrySaved? Saved { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public IActionResult OnGet(string slug)
    {
        if (!Load(slug))
        {
            return NotFound();
        }

        // Visitors' pages are cached and shared: only a signed-in page (never cached) may read TempData.
        Saved = SignedIn ? MethodEntrySaved.Take(TempData) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostJustDidAsync(string slug, [FromServices] MethodTryRecorder recorder)
    {
        if (!Load(slug) || !Guide.IsMethod)
        {
            return NotFound();
        }

        if (!SignedIn)
        {
            return Challenge();
        }

        if (JustDid.Read(Guide.Slug, User, clock, ModelState, nameof(JustDid)) is { } methodTry)
        {
            var outcome = await recorder.RecordAsync(methodTry, HttpContext.RequestAborted);
            if (outcome.Saved)
            {
                MethodEntrySaved.Keep(TempData, methodTry, Guide.Title);
                return Redirect($"/guides/{Guide.Slug}#just-did");
            }

            ModelState.AddModelError(string.Empty, outcome.Problem!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private bool Load(string slug)
    {
        // One snapshot for the whole request, so a reload mid-request cannot mix two versions.
        var library = catalog.Current;
        if (library.Find(slug) is not { } guide)
        {
            return false;
        }

        Guide = guide;
        Previous = library.PreviousMethod(guide);
        Next = library.NextMethod(guide);
        Methods = library.Methods;
        return true;
    }
}
