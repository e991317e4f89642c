using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>Everything the printed plan shows, in the order it is printed; built from a plan and the guides.</summary>
public sealed record PlanSheet(
    string? Name,
    SelfCarePlan Plan,
    IReadOnlyList<SheetMethod> Methods,
    IReadOnlyList<RoutineRow> Routine,
    IReadOnlyList<WarningSymptom> EmergencySymptoms,
    IReadOnlyList<WarningSymptom> UrgentSymptoms,
    PainTrend? RecentTrend)
{
    /// <summary>Days of recent pain shown on the plan, when the person has check-ins.</summary>
    public const int RecentPainDays = 14;

    /// <summary>The trend's days as the week tables under the chart show them.</summary>
    public IReadOnlyList<PainDay> RecentPain => RecentTrend?.Points.Select(p => new PainDay(p.Day, p.Pain)).ToArray() ?? [];

    public bool HasRecentPain => RecentTrend?.DaysLogged > 0;

    public bool HasTimedMethods => Methods.Any(m => !m.IsLabelDirected);

    public static PlanSheet Build(SelfCarePlan plan, GuideLibrary library, string? name, PainTrend? recentTrend)
    {
        // A method whose guide was removed since the plan was saved is left out rather than printed half-known.
        var methods = plan.Methods
            .Select(item => (Item: item, Guide: library.FindMethod(item.Slug)))
            .Where(x => x.Guide is not null)
            .Select(x => new SheetMethod(
                x.Guide!.Slug,
                x.Guide.Title,
                Schedule(x.Item),
                x.Item.IsLabelDirected,
                x.Item.Minutes,
                x.Item.TimesOfDay,
                x.Guide.Steps,
                x.Guide.Cautions,
                // One small picture per pose of the guided session, each once, so the sheet can be followed by eye.
                x.Guide.GuidedSession.Select(step => step.Picture).OfType<GuidePicture>().DistinctBy(p => p.Address).ToArray()))
            .ToArray();

        var routine = methods
            .Select(m => new RoutineRow(
                m.Title,
                m.IsLabelDirected,
                m.Minutes,
                TimesIn(m, PartOfDay.Morning),
                TimesIn(m, PartOfDay.Midday),
                TimesIn(m, PartOfDay.Evening)))
            .ToArray();

        return new PlanSheet(
            string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
            plan,
            methods,
            routine,
            library.WarningSymptoms.Where(s => s.Tier == WarningTier.Emergency).ToArray(),
            library.WarningSymptoms.Where(s => s.Tier == WarningTier.Urgent).ToArray(),
            recentTrend);
    }

    public static string Schedule(PlannedMethodValues item)
    {
        if (item.IsLabelDirected)
        {
            return $"{LabelDirected.Instruction}. This app never suggests a dose.";
        }

        var often = item.TimesPerDay switch
        {
            1 => "Once a day",
            2 => "Twice a day",
            var n => $"{n} times a day",
        };
        return item.Minutes is { } minutes ? $"{often}, {HeatLimit.Clamp(item.Slug, minutes)} minutes each time" : often;
    }

    private static TimeOnly[] TimesIn(SheetMethod method, PartOfDay part) =>
        method.TimesOfDay.Where(t => PartsOfDay.Of(t) == part).ToArray();
}
