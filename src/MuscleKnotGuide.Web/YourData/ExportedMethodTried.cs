using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>A <see cref="MethodTried"/> as the export file writes it.</summary>
public sealed record ExportedMethodTried(
    string Method,
    int? Minutes = null,
    int? PainBefore = null,
    int? PainAfter = null,
    string? Effect = null)
{
    public static ExportedMethodTried From(MethodTried method) => new(
        method.MethodSlug,
        method.Minutes,
        method.PainBefore,
        method.PainAfter,
        method.Effect is { } effect ? ExportNames.Of(effect) : null);
}
