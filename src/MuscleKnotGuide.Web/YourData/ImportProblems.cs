using System.Globalization;
using System.Text.Json;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>How an import names a problem: the value, its limits, and a short quote of what the file held.</summary>
public static class ImportProblems
{
    public static void Scale(int value, string what, List<string> problems) => Range(value, 0, 10, what, problems);

    public static void Range(int? value, int min, int max, string what, List<string> problems)
    {
        if (value is { } number && (number < min || number > max))
        {
            problems.Add($"{what} is {number}; it must be between {min} and {max}.");
        }
    }

    /// <summary>Echoes a value from the file, cut short: a hand-edited file can hold anything.</summary>
    public static string Quote(string? value) => value is null ? "(empty)" : $"'{(value.Length > 40 ? value[..40] + "…" : value)}'";
}
