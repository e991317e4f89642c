using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.Diary;

namespace MuscleKnotGuide.Web.DataRights;

/// <summary>
/// Everything a person has stored, as one JSON document they can keep and later import again.
/// The version changes only when the shape changes, so an old file is always read by its own rules.
/// </summary>
public sealed record DiaryExport(
    string Format,
    int Version,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ExportedCheckIn> CheckIns,
    IReadOnlyList<ExportedPlan> Plans)
{
    public const string FormatName = "muscleknotguide-diary";
    public const int CurrentVersion = 1;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static DiaryExport From(IEnumerable<CheckIn> checkIns, IEnumerable<SavedPlan> plans, DateTimeOffset exportedAt) => new(
        FormatName,
        CurrentVersion,
        exportedAt,
        checkIns.OrderBy(c => c.Day).Select(ExportedCheckIn.From).ToArray(),
        plans.OrderBy(p => p.StartDate).ThenBy(p => p.CreatedAt).Select(ExportedPlan.From).ToArray());

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}

public sealed record ExportedCheckIn(
    DateOnly Day,
    int PainLevel,
    int? Stiffness = null,
    IReadOnlyList<string>? Areas = null,
    IReadOnlyList<string>? WarningSymptoms = null,
    string? Notes = null,
    IReadOnlyList<ExportedMethod>? Methods = null,
    DateTimeOffset? CreatedAt = null,
    DateTimeOffset? UpdatedAt = null)
{
    public static ExportedCheckIn From(CheckIn checkIn) => new(
        checkIn.Day,
        checkIn.PainLevel,
        checkIn.Stiffness,
        ExportNames.OfAreas(checkIn.Areas),
        checkIn.WarningSymptoms.ToArray(),
        checkIn.Notes,
        checkIn.Methods.OrderBy(m => m.MethodSlug, StringComparer.Ordinal).Select(ExportedMethod.From).ToArray(),
        checkIn.CreatedAt,
        checkIn.UpdatedAt);
}

public sealed record ExportedMethod(
    string Method,
    int? Minutes = null,
    int? PainBefore = null,
    int? PainAfter = null,
    string? Effect = null)
{
    public static ExportedMethod From(MethodTried method) => new(
        method.MethodSlug,
        method.Minutes,
        method.PainBefore,
        method.PainAfter,
        method.Effect is { } effect ? ExportNames.Of(effect) : null);
}

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

/// <summary>Enum values as words a person can read in the file ("upper-left", "helped-a-little"), not numbers.</summary>
public static class ExportNames
{
    private static readonly BackAreas[] SingleAreas = Enum.GetValues<BackAreas>().Where(a => a != BackAreas.None).ToArray();

    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string[] OfAreas(BackAreas areas) => SingleAreas.Where(a => areas.HasFlag(a)).Select(Of).ToArray();

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
