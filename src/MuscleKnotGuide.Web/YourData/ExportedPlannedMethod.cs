using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>A <see cref="PlannedMethod"/> as the export file writes it.</summary>
public sealed record ExportedPlannedMethod(
    string Method,
    int TimesPerDay,
    int? Minutes = null,
    IReadOnlyList<TimeOnly>? TimesOfDay = null)
{
    // A plan saved before the heat limit may hold longer heat sessions; the backup carries what the plan
    // schedules (as the calendar and printed sheet do), so the app can always import its own export.
    public static ExportedPlannedMethod From(PlannedMethod method) => new(
        method.MethodSlug,
        method.TimesPerDay,
        method.Minutes is { } minutes ? HeatLimit.Clamp(method.MethodSlug, minutes) : null,
        method.TimesOfDay.ToArray());
}
