using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>One method row of the plan form as posted: text, checked by <see cref="PlanRules"/> into <see cref="PlannedMethodValues"/>.</summary>
public sealed class PlannedMethodRequest
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

    public static PlannedMethodRequest DefaultFor(TreatmentGuide method)
    {
        if (LabelDirected.Is(method))
        {
            return new PlannedMethodRequest { Slug = method.Slug };
        }

        var times = Math.Clamp(method.HowOftenPerDay ?? 1, 1, PlanRules.MaxTimesPerDay);
        return new PlannedMethodRequest
        {
            Slug = method.Slug,
            TimesPerDay = PlanRules.Format(times),
            Minutes = PlanRules.Format(Math.Clamp(method.HowLongMinutes ?? PlanRules.DefaultMinutes, 1, HeatLimit.MaxMinutesFor(method.Slug))),
            Times = PlanRules.DefaultTimes(times).Select(t => (string?)PlanRules.FormatTime(t)).ToList(),
        };
    }

    internal static PlannedMethodRequest From(PlannedMethodValues item, TreatmentGuide method)
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
