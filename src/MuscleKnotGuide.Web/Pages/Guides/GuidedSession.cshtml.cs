using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Pages.Guides;

/// <summary>A method's guided session: the ordered steps (without script), a timed player (with it), and saving it as a method try.</summary>
public sealed class GuidedSessionModel(GuideCatalog catalog, MethodTryRecorder recorder, TimeProvider clock) : PageModel
{
    public const string SavedKey = "GuidedSessionSavedCheckIn";

    public TreatmentGuide Guide { get; private set; } = null!;

    [BindProperty]
    public GuidedSessionForm Form { get; set; } = new();

    /// <summary>The day's check-in the session was just saved to, to offer "view the day".</summary>
    public int? SavedCheckInId { get; private set; }

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
        SavedCheckInId = SignedIn ? TempData[SavedKey] as int? : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
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

        var painBefore = Whole(Form.PainBefore, nameof(Form.PainBefore), "Pain before");
        var painAfter = Whole(Form.PainAfter, nameof(Form.PainAfter), "Pain now");
        var minutes = Whole(Form.Minutes, nameof(Form.Minutes), "Minutes");
        if (ModelState.IsValid && minutes is null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Minutes)}", "Enter how many minutes the session took.");
        }

        if (ModelState.IsValid)
        {
            var outcome = await recorder.RecordAsync(
                new MethodTry(User.UserId(), found.Slug, minutes!.Value, painBefore, painAfter, User.Today(clock), clock.GetUtcNow()),
                HttpContext.RequestAborted);
            if (outcome.Saved)
            {
                TempData[SavedKey] = outcome.CheckInId;
                return Redirect($"/guides/{found.Slug}/session");
            }

            ModelState.AddModelError(string.Empty, outcome.Problem!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private TreatmentGuide? Find(string slug) =>
        catalog.Current.FindMethod(slug) is { HasGuidedSession: true } guide ? guide : null;

    // Empty means "not given"; anything else must be a whole number (the range is the recorder's rule).
    private int? Whole(string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        ModelState.AddModelError($"{nameof(Form)}.{field}", $"{label} must be a whole number.");
        return null;
    }
}
