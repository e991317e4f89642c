using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.YourData;

public sealed record ExportedPlannedMethod(
    string Method,
    int TimesPerDay,
    int? Minutes = null,
    IReadOnlyList<TimeOnly>? TimesOfDay = null)
{
    public static ExportedPlannedMethod From(PlannedMethod method) => new(
        method.MethodSlug,
        method.TimesPerDay,
        method.Minutes,
        method.TimesOfDay.ToArray());
}
