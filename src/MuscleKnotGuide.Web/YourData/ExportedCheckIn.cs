using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.YourData;

public sealed record ExportedCheckIn(
    DateOnly Day,
    int PainLevel,
    int? Stiffness = null,
    IReadOnlyList<string>? Areas = null,
    IReadOnlyList<string>? WarningSymptoms = null,
    string? Notes = null,
    IReadOnlyList<ExportedMethodTried>? Methods = null,
    DateTimeOffset? CreatedAt = null,
    DateTimeOffset? UpdatedAt = null,
    bool? StoppedSleeping = null,
    bool? StoppedActivities = null,
    bool? AfterFallOrInjury = null,
    TimeOnly? Time = null)
{
    public static ExportedCheckIn From(CheckIn checkIn) => new(
        checkIn.Day,
        checkIn.PainLevel,
        checkIn.Stiffness,
        ExportNames.OfAreas(checkIn.Areas),
        checkIn.WarningSymptoms.ToArray(),
        checkIn.Notes,
        checkIn.Methods.OrderBy(m => m.MethodSlug, StringComparer.Ordinal).Select(ExportedMethodTried.From).ToArray(),
        checkIn.CreatedAt,
        checkIn.UpdatedAt,
        checkIn.StoppedSleeping,
        checkIn.StoppedActivities,
        checkIn.AfterFallOrInjury,
        checkIn.Time);
}
