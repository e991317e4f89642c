using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.YourData;

public sealed record ExportedPlan(
    DateOnly StartDate,
    int LengthDays,
    string? Goal = null,
    IReadOnlyList<ExportedPlannedMethod>? Methods = null,
    DateTimeOffset? CreatedAt = null,
    DateTimeOffset? UpdatedAt = null)
{
    public static ExportedPlan From(SavedPlan plan) => new(
        plan.StartDate,
        plan.LengthDays,
        plan.Goal,
        plan.Methods.OrderBy(m => m.MethodSlug, StringComparer.Ordinal).Select(ExportedPlannedMethod.From).ToArray(),
        plan.CreatedAt,
        plan.UpdatedAt);
}
