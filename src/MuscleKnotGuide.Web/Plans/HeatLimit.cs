namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// Heat sessions last 20 minutes at most wherever a duration is set (plan form, print link, import, calendar):
/// the heat-therapy guide's "Why 20 minutes at most" (burns can happen at a gentle heat and may not hurt at first).
/// </summary>
public static class HeatLimit
{
    public const string MethodSlug = "heat-therapy";

    public const int MaxMinutes = 20;

    public const string Reason = "Heat sessions last 20 minutes at most: longer can burn the skin, even at a gentle heat, without hurting at first.";

    public static bool Applies(string? slug) => string.Equals(slug, MethodSlug, StringComparison.Ordinal);

    /// <summary>The most minutes a session of this method may last.</summary>
    public static int MaxMinutesFor(string? slug) => Applies(slug) ? MaxMinutes : PlanRules.MaxMinutes;

    /// <summary>A plan saved before the limit may hold longer heat sessions; what it schedules never exceeds it.</summary>
    public static int Clamp(string? slug, int minutes) => Math.Min(minutes, MaxMinutesFor(slug));
}
