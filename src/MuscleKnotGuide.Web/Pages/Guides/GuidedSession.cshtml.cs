using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Pages.Guides;

/// <summary>A method's guided session: the ordered steps (without script), a timed player (with it), and saving it as a method entry.</summary>
public sealed class GuidedSessionModel(GuideCatalog catalog, TimeProvider clock) : PageModel
{
    public TreatmentGuide Guide { get; private set; } = null!;

    [BindProperty]
    public MethodTryForm Form { get; set; } = new();

    /// <summary>The entry the session was just saved as, to offer "view the day".</summary>
    public MethodEntrySaved? Saved { get; private set; }

    /// <summary>The minutes the steps add up to, rounded up: the form's starting value.</summary>
    public int PlannedMinutes => (int)Math.Ceiling(Guide.GuidedSession.Sum(s => s.HoldSeconds) / 60.0);

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public IActionResult OnGet(string slug)
    {
        if (Find(slug) is not { } found)
        {
            return NotFound();
        }

        Guide = found;
        Form.Minutes = PlannedMinutes.ToString(CultureInfo.InvariantCulture);
        // Only a signed-in person can have saved; reading TempData otherwise would send a cookie to every visitor.
        Saved = SignedIn ? MethodEntrySaved.Take(TempData) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, [FromServices] MethodTryRecorder recorder)
    {
        if (Find(slug) is not { } found)
        {
            return NotFound();
        }

        Guide = found;
        if (!SignedIn)
        {
            return Challenge();
        }

        if (Form.Read(found.Slug, User, clock, ModelState, nameof(Form)) is { } methodTry)
        {
            var outcome = await recorder.RecordAsync(methodTry, HttpContext.RequestAborted);
            if (outcome.Saved)
            {
                MethodEntrySaved.Keep(TempData, methodTry, found.Title);
                return Redirect($"/guides/{found.Slug}/session");
            }

            ModelState.AddModelError(string.Empty, outcome.Problem!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private TreatmentGuide? Find(string slug) =>
        catalog.Current.FindMethod(slug) is { HasGuidedSession: true } guide ? guide : null;
}
