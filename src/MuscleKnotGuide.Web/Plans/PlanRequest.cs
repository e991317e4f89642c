using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// A plan as a person typed it: every value a string, so a malformed one gets our clear message
/// rather than a model-binding error. <see cref="PlanRules"/> turns it into a <see cref="SelfCarePlan"/>.
/// </summary>
public sealed class PlanRequest
{
    /// <summary>One row per method of the library, in its order; only the ticked ones count.</summary>
    public List<MethodRequest> Methods { get; set; } = [];

    public string? LengthDays { get; set; }

    public string? StartDate { get; set; }

    public string? Goal { get; set; }

    /// <summary>A blank plan: every method offered with its guide's defaults, none chosen yet.</summary>
    public static PlanRequest NewFor(GuideLibrary library, DateOnly today) => new()
    {
        Methods = library.Methods.Select(m => MethodRequest.DefaultFor(m)).ToList(),
        LengthDays = SelfCarePlan.DefaultLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartDate = PlanRules.FormatDate(today),
    };

    /// <summary>An existing plan back in the form, for editing: its methods ticked, the others at their defaults.</summary>
    public static PlanRequest From(SelfCarePlan plan, GuideLibrary library) => new()
    {
        Methods = library.Methods
            .Select(m => plan.Methods.FirstOrDefault(item => item.Slug == m.Slug) is { } item
                ? MethodRequest.From(item, m)
                : MethodRequest.DefaultFor(m))
            .ToList(),
        LengthDays = plan.LengthDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartDate = PlanRules.FormatDate(plan.StartDate),
        Goal = plan.Goal,
    };
}

public sealed class MethodRequest
{
    public string? Slug { get; set; }

    /// <summary>"true" when the method's box is ticked (a string, so a tampered value is simply "not chosen").</summary>
    public string? Chosen { get; set; }

    public string? TimesPerDay { get; set; }

    public string? Minutes { get; set; }

    /// <summary>Up to <see cref="PlanRules.MaxTimesPerDay"/> times of day; only the first <see cref="TimesPerDay"/> count.</summary>
    public List<string?> Times { get; set; } = [];

    public bool IsChosen =>
        string.Equals(Chosen, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(Chosen, "on", StringComparison.OrdinalIgnoreCase);

    public static MethodRequest DefaultFor(TreatmentGuide method)
    {
        if (LabelDirected.Is(method))
        {
            return new MethodRequest { Slug = method.Slug };
        }

        var times = Math.Clamp(method.HowOftenPerDay ?? 1, 1, PlanRules.MaxTimesPerDay);
        return new MethodRequest
        {
            Slug = method.Slug,
            TimesPerDay = PlanRules.Format(times),
            Minutes = PlanRules.Format(Math.Clamp(method.HowLongMinutes ?? PlanRules.DefaultMinutes, 1, PlanRules.MaxMinutes)),
            Times = PlanRules.DefaultTimes(times).Select(t => (string?)PlanRules.FormatTime(t)).ToList(),
        };
    }

    internal static MethodRequest From(PlanItem item, TreatmentGuide method)
    {
        var request = DefaultFor(method);
        request.Chosen = "true";
        if (!item.IsLabelDirected)
        {
            request.TimesPerDay = PlanRules.Format(item.TimesPerDay);
            request.Minutes = item.Minutes is { } minutes ? PlanRules.Format(minutes) : request.Minutes;
            request.Times = PlanRules.PadTimes(item.TimesOfDay).Select(t => (string?)PlanRules.FormatTime(t)).ToList();
        }

        return request;
    }
}
