using System.Text.Json;
using System.Text.Json.Serialization;
using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.YourData;

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
