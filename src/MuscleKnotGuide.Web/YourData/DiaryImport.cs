using System.Globalization;
using System.Text.Json;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Security;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>Reads and checks a <see cref="DiaryExport"/> file in full before anything is written.</summary>
public static class DiaryImport
{
    public const int MaxProblemsShown = 20;
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);

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

                if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || !DiaryExport.ReadableVersions.Contains(number))
                {
                    problem = $"This export has a version this app cannot read (it reads versions {string.Join(" and ", DiaryExport.ReadableVersions)}).";
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

            checkIns.Add(CheckInFrom(entry, $"Check-in {index} ({DayText.Iso(entry.Day)})", rules, userId, now, problems));
        }

        var days = file.CheckIns.Where(c => c is not null).Select(c => c.Day).ToArray();
        foreach (var day in days.GroupBy(d => d).Where(g => g.Count() > CheckInRules.MaxEntriesPerDay).Select(g => g.Key).Order())
        {
            problems.Add($"The file holds more than {CheckInRules.MaxEntriesPerDay} entries for {DayText.Iso(day)}, the most a day can hold.");
        }

        foreach (var (entry, index) in file.Plans.Select((p, i) => (p, i + 1)))
        {
            if (entry is null)
            {
                problems.Add($"Plan {index} is empty.");
                continue;
            }

            plans.Add(ImportedPlan.From(entry, $"Plan {index} (starting {DayText.Iso(entry.StartDate)})", rules, userId, now, problems));
        }

        var aboutYou = file.AboutYou?.ToRiskHistory(userId, now, problems);
        var existing = days.Where(existingDays.Contains).Distinct().Order().ToArray();
        return problems.Count > 0 || existing.Length > 0
            ? new ImportResult(problems, existing, [], [])
            : new ImportResult([], [], checkIns, plans) { AboutYou = aboutYou };
    }

    /// <summary>
    /// Leaves out plans identical to one the person already has or to an earlier one in the file (a file imported
    /// twice adds no copies), then refuses the whole file if it would take the diary past <see cref="DiaryLimits"/>.
    /// </summary>
    public static ImportResult WithinLimits(ImportResult result, int existingCheckIns, long existingNotes, IEnumerable<SavedPlan> existingPlans)
    {
        if (!result.CanBeSaved)
        {
            return result;
        }

        var known = existingPlans.Select(PlanFingerprint.Of).ToList();
        var existingPlanCount = known.Count;
        var kept = new List<SavedPlan>();
        foreach (var plan in result.Plans)
        {
            var fingerprint = PlanFingerprint.Of(plan);
            if (!known.Contains(fingerprint, StringComparer.Ordinal))
            {
                known.Add(fingerprint);
                kept.Add(plan);
            }
        }

        string?[] problems =
        [
            DiaryLimits.CheckInsProblem(existingCheckIns, result.CheckIns.Count),
            DiaryLimits.NotesProblem(existingNotes, result.CheckIns.Sum(c => (long)(c.Notes?.Length ?? 0))),
            DiaryLimits.PlansProblem(existingPlanCount, kept.Count),
        ];
        return problems.OfType<string>().ToArray() is { Length: > 0 } refused
            ? ImportResult.Refused(refused)
            : result with { Plans = kept, SkippedPlans = result.Plans.Count - kept.Count };
    }

    private static CheckIn CheckInFrom(ExportedCheckIn entry, string label, ImportRules rules, string userId, DateTimeOffset now, List<string> problems)
    {
        if (entry.Day < EarliestDay || entry.Day > rules.Today)
        {
            problems.Add($"{label}: the day must be between {DayText.Iso(EarliestDay)} and today ({DayText.Iso(rules.Today)}).");
        }

        ImportProblems.Scale(entry.PainLevel, $"{label}: pain level", problems);
        if (entry.Stiffness is { } stiffness)
        {
            ImportProblems.Scale(stiffness, $"{label}: stiffness", problems);
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
                problems.Add($"{label}: {ImportProblems.Quote(name)} is not a back area this app knows.");
            }
        }

        var symptoms = entry.WarningSymptoms ?? [];
        foreach (var code in symptoms.Where(c => !rules.SymptomCodes.Contains(c)))
        {
            problems.Add($"{label}: {ImportProblems.Quote(code)} is not a warning symptom this app knows.");
        }

        // Control characters go as they do from the form, before the length is measured (Security/ControlCharacters).
        var notes = entry.Notes is null ? null : ControlCharacters.Strip(entry.Notes);
        if (notes is { Length: > CheckIn.NotesMaxLength })
        {
            problems.Add($"{label}: the notes are longer than {CheckIn.NotesMaxLength} characters.");
        }

        var methods = ImportProblems.MethodEntries(entry.Methods, m => m.Method, label, problems);

        var tried = new List<MethodTried>();
        foreach (var method in methods)
        {
            if (!rules.MethodSlugs.Contains(method.Method))
            {
                problems.Add($"{label}: {ImportProblems.Quote(method.Method)} is not a method this app knows.");
            }

            ImportProblems.Range(method.Minutes, 0, CheckInRules.MaxMinutes, $"{label}, {ImportProblems.Quote(method.Method)}: minutes", problems);
            if (method.PainBefore is { } before)
            {
                ImportProblems.Scale(before, $"{label}, {ImportProblems.Quote(method.Method)}: pain before", problems);
            }

            if (method.PainAfter is { } after)
            {
                ImportProblems.Scale(after, $"{label}, {ImportProblems.Quote(method.Method)}: pain after", problems);
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
                    problems.Add($"{label}, {ImportProblems.Quote(method.Method)}: {ImportProblems.Quote(method.Effect)} is not an effect this app knows.");
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
            Time = entry.Time is { } time ? new TimeOnly(time.Hour, time.Minute) : null,
            PainLevel = entry.PainLevel,
            Stiffness = entry.Stiffness,
            Areas = areas,
            WarningSymptoms = symptoms.Distinct(StringComparer.Ordinal).ToList(),
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes,
            StoppedSleeping = entry.StoppedSleeping,
            StoppedActivities = entry.StoppedActivities,
            AfterFallOrInjury = entry.AfterFallOrInjury,
            Methods = tried,
            CreatedAt = entry.CreatedAt ?? now,
            UpdatedAt = entry.UpdatedAt ?? entry.CreatedAt ?? now,
        };
    }

}
