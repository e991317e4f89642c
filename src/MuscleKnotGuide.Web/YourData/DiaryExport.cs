using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>
/// Everything a person has stored, as one JSON document they can keep and later import again.
/// The version changes only when the shape changes, so an old file is always read by its own rules.
/// </summary>
public sealed record DiaryExport(
    string Format,
    int Version,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ExportedCheckIn> CheckIns,
    IReadOnlyList<ExportedPlan> Plans,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ExportedAboutYou? AboutYou = null)
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

    public static DiaryExport From(IEnumerable<CheckIn> checkIns, IEnumerable<SavedPlan> plans, DateTimeOffset exportedAt, AboutYou.RiskHistory? aboutYou = null) => new(
        FormatName,
        CurrentVersion,
        exportedAt,
        checkIns.OrderBy(c => c.Day).Select(ExportedCheckIn.From).ToArray(),
        plans.OrderBy(p => p.StartDate).ThenBy(p => p.CreatedAt).Select(ExportedPlan.From).ToArray(),
        aboutYou is null ? null : ExportedAboutYou.From(aboutYou));

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}
