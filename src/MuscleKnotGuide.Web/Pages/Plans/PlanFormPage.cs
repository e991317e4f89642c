using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Web.Pages.Plans;

/// <summary>What the new-plan and edit-plan pages share: the form, its checks and its messages.</summary>
public abstract class PlanFormPage(GuideCatalog catalog, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PlanRequest Form { get; set; } = new();

    /// <summary>One snapshot of the guides for the whole request.</summary>
    public GuideLibrary Library { get; private set; } = null!;

    public IReadOnlyList<PlanSuggestion> Suggestions { get; protected set; } = [];

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public abstract string SubmitLabel { get; }

    protected TimeProvider Clock => clock;

    /// <summary>The person's own today when signed in; UTC's today for a visitor, whose time zone we do not know.</summary>
    protected DateOnly Today => SignedIn ? User.Today(clock) : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    protected void UseLibrary() => Library = catalog.Current;

    /// <summary>Checks the posted form; on failure every message lands next to its field and the form is shown again.</summary>
    protected SelfCarePlan? CheckForm()
    {
        var check = PlanRules.Check(Form, Library, Today);
        foreach (var problem in check.Problems)
        {
            ModelState.AddModelError($"Form.{problem.Field}", problem.Message);
        }

        if (!check.IsValid)
        {
            KeepOneRowPerMethod();
        }

        return check.Plan;
    }

    /// <summary>
    /// A plan may be saved when it is not a copy of another of the person's plans and, when new, when they have
    /// fewer than <see cref="DiaryLimits.MaxSavedPlans"/>; otherwise the reason lands beside the methods.
    /// </summary>
    protected async Task<bool> HasRoomForAsync(DiaryDbContext db, SelfCarePlan plan, int? editingId, CancellationToken cancellationToken)
    {
        var others = await db.PlansOf(User.UserId())
            .Where(p => editingId == null || p.Id != editingId)
            .Include(p => p.Methods)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var problem = editingId is null && others.Count >= DiaryLimits.MaxSavedPlans ? DiaryLimits.PlansFull
            : others.Any(p => PlanFingerprint.Of(p) == PlanFingerprint.Of(plan)) ? PlanFingerprint.AlreadySaved
            : null;
        if (problem is not null)
        {
            ModelState.AddModelError("Form.Methods", problem);
        }

        return problem is null;
    }

    public TreatmentGuide? MethodAt(int index) => Library.FindMethod(Form.Methods[index].Slug ?? "");

    public bool IsSuggested(string slug) => Suggestions.Any(s => s.Slug == slug);

    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? ErrorClass(string key) => Error(key) is null ? null : "input-validation-error";

    /// <summary>The element id for a form key, the same way the validation summary links to it.</summary>
    public static string IdFor(string key) => key.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    /// <summary>A tampered post may drop, repeat or invent rows; the form shown again always offers each method once.</summary>
    private void KeepOneRowPerMethod()
    {
        var slugs = Form.Methods.Select(m => m.Slug).ToArray();
        if (slugs.SequenceEqual(Library.Methods.Select(m => m.Slug)))
        {
            return;
        }

        Form.Methods = Library.Methods
            .Select(m => Form.Methods.FirstOrDefault(row => row.Slug == m.Slug) ?? PlannedMethodRequest.DefaultFor(m))
            .ToList();
    }
}
