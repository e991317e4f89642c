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

    /// <summary>
    /// The method entries of one check-in or plan that are there, after a problem for each empty entry and for each
    /// method listed twice: the same words for check-ins and plans.
    /// </summary>
    public static T[] MethodEntries<T>(IReadOnlyList<T>? entries, Func<T, string> slugOf, string label, List<string> problems)
        where T : class
    {
        var present = (entries ?? []).Where(m => m is not null).ToArray();
        if (present.Length != (entries?.Count ?? 0))
        {
            problems.Add($"{label}: a method entry is empty.");
        }

        foreach (var slug in present.GroupBy(slugOf, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"{label}: the method {Quote(slug)} is listed twice.");
        }

        return present;
    }
}
