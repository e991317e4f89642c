using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.YourData;

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
