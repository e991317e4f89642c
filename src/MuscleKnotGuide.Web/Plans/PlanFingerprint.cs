using System.Globalization;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// Two plans are the same plan when everything a person chose is the same: start, length, goal, and each method
/// with its times a day, minutes and times of day. A second copy of a plan is refused (issue 17, item 5).
/// </summary>
public static class PlanFingerprint
{
    public static string Of(SelfCarePlan plan) => string.Join('|',
    [
        plan.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        plan.LengthDays.ToString(CultureInfo.InvariantCulture),
        plan.Goal?.Trim() ?? "",
        .. plan.Methods
            .OrderBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => string.Create(CultureInfo.InvariantCulture,
                $"{m.Slug}:{m.TimesPerDay}:{m.Minutes}:{string.Join(',', m.TimesOfDay.Order().Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)))}")),
    ]);

    public static string Of(SavedPlan plan) => Of(SelfCarePlan.FromSaved(plan));

    public const string AlreadySaved = "You already have a plan exactly like this one. Change something, or open the one you saved.";
}
