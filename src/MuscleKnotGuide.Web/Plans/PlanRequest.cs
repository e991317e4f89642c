using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// A plan as a person typed it: every value a string, so a malformed one gets our clear message
/// rather than a model-binding error. <see cref="PlanRules"/> turns it into a <see cref="SelfCarePlan"/>.
/// </summary>
public sealed class PlanRequest
{
    /// <summary>One row per method of the library, in its order; only the ticked ones count.</summary>
    public List<PlannedMethodRequest> Methods { get; set; } = [];

    public string? LengthDays { get; set; }

    public string? StartDate { get; set; }

    public string? Goal { get; set; }

    /// <summary>A blank plan: every method offered with its guide's defaults, none chosen yet.</summary>
    public static PlanRequest NewFor(GuideLibrary library, DateOnly today) => new()
    {
        Methods = library.Methods.Select(m => PlannedMethodRequest.DefaultFor(m)).ToList(),
        LengthDays = SelfCarePlan.DefaultLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartDate = DayText.Iso(today),
    };

    /// <summary>An existing plan back in the form, for editing: its methods ticked, the others at their defaults.</summary>
    public static PlanRequest From(SelfCarePlan plan, GuideLibrary library) => new()
    {
        Methods = library.Methods
            .Select(m => plan.Methods.FirstOrDefault(item => item.Slug == m.Slug) is { } item
                ? PlannedMethodRequest.From(item, m)
                : PlannedMethodRequest.DefaultFor(m))
            .ToList(),
        LengthDays = plan.LengthDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartDate = DayText.Iso(plan.StartDate),
        Goal = plan.Goal,
    };
}
