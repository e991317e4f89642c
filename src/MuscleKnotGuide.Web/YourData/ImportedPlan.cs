using System.Globalization;
using System.Text.Json;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Security;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>One plan of an imported file, checked by the same limits as the plan form.</summary>
public static class ImportedPlan
{
    public static SavedPlan From(ExportedPlan entry, string label, ImportRules rules, string userId, DateTimeOffset now, List<string> problems)
    {
        if (entry.StartDate < DiaryImport.EarliestDay || entry.StartDate > rules.Today.AddYears(1))
        {
            problems.Add($"{label}: the start date must be between {DayText.Iso(DiaryImport.EarliestDay)} and a year from today.");
        }

        if (!SelfCarePlan.Lengths.Contains(entry.LengthDays))
        {
            problems.Add($"{label}: a plan lasts 7, 14 or 28 days, not {entry.LengthDays}.");
        }

        // As from the form: control characters go before the length is measured.
        var goal = entry.Goal is null ? null : ControlCharacters.Strip(entry.Goal);
        if (goal is { Length: > SavedPlan.GoalMaxLength })
        {
            problems.Add($"{label}: the goal is longer than {SavedPlan.GoalMaxLength} characters.");
        }

        var methods = ImportProblems.MethodEntries(entry.Methods, m => m.Method, label, problems);

        var planned = new List<PlannedMethod>();
        foreach (var method in methods)
        {
            if (!rules.MethodSlugs.Contains(method.Method))
            {
                problems.Add($"{label}: {ImportProblems.Quote(method.Method)} is not a method this app knows.");
            }

            if (rules.IsLabelDirected(method.Method))
            {
                // The plan form stores a label-directed method without a schedule, whatever was sent (times a day 0);
                // the import does the same, so every plan the app saves comes back from its own export.
                planned.Add(new PlannedMethod { MethodSlug = method.Method, TimesPerDay = 0, Minutes = null, TimesOfDay = [] });
                continue;
            }

            ImportProblems.Range(method.TimesPerDay, 1, PlanRules.MaxTimesPerDay, $"{label}, {ImportProblems.Quote(method.Method)}: times a day", problems);
            ImportProblems.Range(method.Minutes, 1, PlanRules.MaxMinutes, $"{label}, {ImportProblems.Quote(method.Method)}: minutes", problems);
            if (HeatLimit.Applies(method.Method) && method.Minutes is > HeatLimit.MaxMinutes and <= PlanRules.MaxMinutes)
            {
                problems.Add($"{label}, {ImportProblems.Quote(method.Method)}: minutes is {method.Minutes}; heat sessions last {HeatLimit.MaxMinutes} minutes at most (longer can burn the skin).");
            }
            var times = method.TimesOfDay ?? [];
            if (times.Count > PlanRules.MaxTimesPerDay)
            {
                problems.Add($"{label}, {ImportProblems.Quote(method.Method)}: at most {PlanRules.MaxTimesPerDay} times of day.");
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
            Goal = string.IsNullOrWhiteSpace(goal) ? null : goal,
            Methods = planned,
            CreatedAt = entry.CreatedAt ?? now,
            UpdatedAt = entry.UpdatedAt ?? entry.CreatedAt ?? now,
        };
    }
}
