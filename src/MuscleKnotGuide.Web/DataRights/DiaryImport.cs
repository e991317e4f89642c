using System.Globalization;
using System.Text.Json;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Diary;

namespace MuscleKnotGuide.Web.DataRights;

/// <summary>What an import may contain: the method slugs and warning-symptom codes of the current guides, and "today".</summary>
public sealed record ImportRules(IReadOnlySet<string> MethodSlugs, IReadOnlySet<string> SymptomCodes, DateOnly Today);

/// <summary>
/// The outcome of checking a whole export file: either every check-in and plan ready to be saved,
/// or the problems and the days that already exist; never a part of the file.
/// </summary>
public sealed record ImportResult(
    IReadOnlyList<string> Problems,
    IReadOnlyList<DateOnly> ExistingDays,
    IReadOnlyList<CheckIn> CheckIns,
    IReadOnlyList<SavedPlan> Plans)
{
    public bool CanBeSaved => Problems.Count == 0 && ExistingDays.Count == 0;

    public static ImportResult Refused(params string[] problems) => new(problems, [], [], []);
}

/// <summary>Reads and checks a <see cref="DiaryExport"/> file in full before anything is written.</summary>
public static class DiaryImport
{
    public const int MaxProblemsShown = 20;
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);

    private const int MaxMinutes = 24 * 60;
    private const int MaxTimesPerDay = 12;
    private static readonly int[] PlanLengths = [7, 14, 28];

    /// <summary>Parses the file; a problem comes back as a sentence for the person, never an exception.</summary>
    public static DiaryExport? Parse(string json, out string? problem)
    {
        problem = null;
        try
        {
            using (var document = JsonDocument.Parse(json))
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("format", out var format)
                    || format.ValueKind != JsonValueKind.String
                    || format.GetString() != DiaryExport.FormatName)
                {
                    problem = "This file is not a MuscleKnotGuide export. Choose the .json file you downloaded from this page.";
                    return null;
                }

                if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != DiaryExport.CurrentVersion)
                {
                    problem = $"This export has a version this app cannot read (it reads version {DiaryExport.CurrentVersion}).";
                    return null;
                }
            }

            return JsonSerializer.Deserialize<DiaryExport>(json, DiaryExport.Json)
                ?? throw new JsonException("The file holds no export.");
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 2 } path ? $" at {path.TrimStart('$', '.')}" : "";
            var line = ex.LineNumber is { } number ? $" (line {number + 1}{where})" : "";
            problem = $"The file could not be read as a MuscleKnotGuide export{line}. Check that it is the file you downloaded and that it was not edited.";
            return null;
        }
    }

    /// <summary>
    /// Checks every field of every entry and compares the days with those already in the account;
    /// only a file with no problem and no existing day yields entities to save.
    /// </summary>
    public static ImportResult Check(DiaryExport file, ImportRules rules, IReadOnlySet<DateOnly> existingDays, string userId, DateTimeOffset now)
    {
        var problems = new List<string>();
        var checkIns = new List<CheckIn>();
        var plans = new List<SavedPlan>();

        // A hand-edited file can hold nulls inside lists, which the serializer lets through.
        foreach (var (entry, index) in file.CheckIns.Select((c, i) => (c, i + 1)))
        {
            if (entry is null)
            {
                problems.Add($"Check-in {index} is empty.");
                continue;
            }

            checkIns.Add(CheckInFrom(entry, $"Check-in {index} ({Day(entry.Day)})", rules, userId, now, problems));
        }

        var days = file.CheckIns.Where(c => c is not null).Select(c => c.Day).ToArray();
        foreach (var day in days.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).Order())
        {
            problems.Add($"The file holds more than one check-in for {Day(day)}; a day has one check-in.");
        }

        foreach (var (entry, index) in file.Plans.Select((p, i) => (p, i + 1)))
        {
            if (entry is null)
            {
                problems.Add($"Plan {index} is empty.");
                continue;
            }

            plans.Add(PlanFrom(entry, $"Plan {index} (starting {Day(entry.StartDate)})", rules, userId, now, problems));
        }

        var existing = days.Where(existingDays.Contains).Distinct().Order().ToArray();
        return problems.Count > 0 || existing.Length > 0
            ? new ImportResult(problems, existing, [], [])
            : new ImportResult([], [], checkIns, plans);
    }

    private static CheckIn CheckInFrom(ExportedCheckIn entry, string label, ImportRules rules, string userId, DateTimeOffset now, List<string> problems)
    {
        if (entry.Day < EarliestDay || entry.Day > rules.Today)
        {
            problems.Add($"{label}: the day must be between {Day(EarliestDay)} and today ({Day(rules.Today)}).");
        }

        Scale(entry.PainLevel, $"{label}: pain level", problems);
        if (entry.Stiffness is { } stiffness)
        {
            Scale(stiffness, $"{label}: stiffness", problems);
        }

        var areas = BackAreas.None;
        foreach (var name in entry.Areas ?? [])
        {
            if (ExportNames.TryParse<BackAreas>(name, out var area) && area != BackAreas.None)
            {
                areas |= area;
            }
            else
            {
                problems.Add($"{label}: {Quote(name)} is not a back area this app knows.");
            }
        }

        var symptoms = entry.WarningSymptoms ?? [];
        foreach (var code in symptoms.Where(c => !rules.SymptomCodes.Contains(c)))
        {
            problems.Add($"{label}: {Quote(code)} is not a warning symptom this app knows.");
        }

        if (entry.Notes is { Length: > CheckIn.NotesMaxLength })
        {
            problems.Add($"{label}: the notes are longer than {CheckIn.NotesMaxLength} characters.");
        }

        var methods = (entry.Methods ?? []).Where(m => m is not null).ToArray();
        if (methods.Length != (entry.Methods?.Count ?? 0))
        {
            problems.Add($"{label}: a method entry is empty.");
        }

        foreach (var slug in methods.GroupBy(m => m.Method, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"{label}: the method {Quote(slug)} is listed twice.");
        }

        var tried = new List<MethodTried>();
        foreach (var method in methods)
        {
            if (!rules.MethodSlugs.Contains(method.Method))
            {
                problems.Add($"{label}: {Quote(method.Method)} is not a method this app knows.");
            }

            Range(method.Minutes, 0, MaxMinutes, $"{label}, {Quote(method.Method)}: minutes", problems);
            if (method.PainBefore is { } before)
            {
                Scale(before, $"{label}, {Quote(method.Method)}: pain before", problems);
            }

            if (method.PainAfter is { } after)
            {
                Scale(after, $"{label}, {Quote(method.Method)}: pain after", problems);
            }

            MethodEffect? effect = null;
            if (method.Effect is not null)
            {
                if (ExportNames.TryParse<MethodEffect>(method.Effect, out var parsed))
                {
                    effect = parsed;
                }
                else
                {
                    problems.Add($"{label}, {Quote(method.Method)}: {Quote(method.Effect)} is not an effect this app knows.");
                }
            }

            tried.Add(new MethodTried
            {
                MethodSlug = method.Method,
                Minutes = method.Minutes,
                PainBefore = method.PainBefore,
                PainAfter = method.PainAfter,
                Effect = effect,
            });
        }

        return new CheckIn
        {
            UserId = userId,
            Day = entry.Day,
            PainLevel = entry.PainLevel,
            Stiffness = entry.Stiffness,
            Areas = areas,
            WarningSymptoms = symptoms.Distinct(StringComparer.Ordinal).ToList(),
            Notes = string.IsNullOrWhiteSpace(entry.Notes) ? null : entry.Notes,
            Methods = tried,
            CreatedAt = entry.CreatedAt ?? now,
            UpdatedAt = entry.UpdatedAt ?? entry.CreatedAt ?? now,
        };
    }

    private static SavedPlan PlanFrom(ExportedPlan entry, string label, ImportRules rules, string userId, DateTimeOffset now, List<string> problems)
    {
        if (entry.StartDate < EarliestDay || entry.StartDate > rules.Today.AddYears(1))
        {
            problems.Add($"{label}: the start date must be between {Day(EarliestDay)} and a year from today.");
        }

        if (!PlanLengths.Contains(entry.LengthDays))
        {
            problems.Add($"{label}: a plan lasts 7, 14 or 28 days, not {entry.LengthDays}.");
        }

        if (entry.Goal is { Length: > SavedPlan.GoalMaxLength })
        {
            problems.Add($"{label}: the goal is longer than {SavedPlan.GoalMaxLength} characters.");
        }

        var methods = (entry.Methods ?? []).Where(m => m is not null).ToArray();
        if (methods.Length != (entry.Methods?.Count ?? 0))
        {
            problems.Add($"{label}: a method entry is empty.");
        }

        foreach (var slug in methods.GroupBy(m => m.Method, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"{label}: the method {Quote(slug)} is listed twice.");
        }

        var planned = new List<PlannedMethod>();
        foreach (var method in methods)
        {
            if (!rules.MethodSlugs.Contains(method.Method))
            {
                problems.Add($"{label}: {Quote(method.Method)} is not a method this app knows.");
            }

            Range(method.TimesPerDay, 1, MaxTimesPerDay, $"{label}, {Quote(method.Method)}: times a day", problems);
            Range(method.Minutes, 1, MaxMinutes, $"{label}, {Quote(method.Method)}: minutes", problems);
            var times = method.TimesOfDay ?? [];
            if (times.Count > MaxTimesPerDay)
            {
                problems.Add($"{label}, {Quote(method.Method)}: at most {MaxTimesPerDay} times of day.");
            }

            planned.Add(new PlannedMethod
            {
                MethodSlug = method.Method,
                TimesPerDay = method.TimesPerDay,
                Minutes = method.Minutes,
                TimesOfDay = times.ToList(),
            });
        }

        return new SavedPlan
        {
            UserId = userId,
            StartDate = entry.StartDate,
            LengthDays = entry.LengthDays,
            Goal = string.IsNullOrWhiteSpace(entry.Goal) ? null : entry.Goal,
            Methods = planned,
            CreatedAt = entry.CreatedAt ?? now,
            UpdatedAt = entry.UpdatedAt ?? entry.CreatedAt ?? now,
        };
    }

    private static void Scale(int value, string what, List<string> problems) => Range(value, 0, 10, what, problems);

    private static void Range(int? value, int min, int max, string what, List<string> problems)
    {
        if (value is { } number && (number < min || number > max))
        {
            problems.Add($"{what} is {number}; it must be between {min} and {max}.");
        }
    }

    /// <summary>Echoes a value from the file, cut short: a hand-edited file can hold anything.</summary>
    private static string Quote(string? value) => value is null ? "(empty)" : $"'{(value.Length > 40 ? value[..40] + "…" : value)}'";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
