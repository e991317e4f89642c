using MuscleKnotGuide.Web.Diary;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// What a person's diary says over a date range, for them to take to a doctor: pain day by day and in summary,
/// the methods tried and the relief recorded, every warning symptom with its date, and the notes if they choose.
/// </summary>
public sealed record DoctorReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<PainDay> Days,
    int DaysRecorded,
    decimal? AveragePain,
    PainDay? Best,
    PainDay? Worst,
    IReadOnlyList<ReportMethod> Methods,
    IReadOnlyList<ReportSymptom> Symptoms,
    IReadOnlyList<ReportNote>? Notes)
{
    public const int MaxRangeDays = 365;
    public const int DefaultRangeDays = 28;

    public int RangeDays => To.DayNumber - From.DayNumber + 1;

    /// <summary>Only check-ins inside the range count, whatever the caller passed.</summary>
    public static DoctorReport Build(IEnumerable<CheckIn> checkIns, DateOnly from, DateOnly to, GuideLibrary library, bool includeNotes)
    {
        var inRange = checkIns.Where(c => c.Day >= from && c.Day <= to).OrderBy(c => c.Day).ToArray();
        var recorded = inRange.Select(c => new PainDay(c.Day, c.PainLevel)).ToArray();

        var methods = MethodFigures.From(inRange)
            .Select(f => (Figure: f, Method: library.FindMethod(f.Slug)))
            .OrderBy(x => x.Method?.Order ?? int.MaxValue)
            .ThenBy(x => x.Figure.Slug, StringComparer.Ordinal)
            .Select(x => new ReportMethod(x.Method?.Title ?? x.Figure.Slug, x.Figure))
            .ToArray();

        var symptoms = inRange
            .SelectMany(c => c.WarningSymptoms.Select(code => (c.Day, Code: code, Symptom: library.FindSymptom(code))))
            .Select(s => new ReportSymptom(s.Day, s.Symptom?.Label ?? s.Code, s.Symptom?.Tier))
            .ToArray();

        var notes = includeNotes
            ? inRange.Where(c => !string.IsNullOrWhiteSpace(c.Notes)).Select(c => new ReportNote(c.Day, c.Notes!.Trim())).ToArray()
            : null;

        return new DoctorReport(
            from,
            to,
            PainDay.Between(inRange, from, to),
            recorded.Length,
            recorded.Length > 0 ? Math.Round((decimal)recorded.Average(d => d.Pain!.Value), 1, MidpointRounding.AwayFromZero) : null,
            recorded.OrderBy(d => d.Pain).ThenByDescending(d => d.Day).FirstOrDefault(),
            recorded.OrderByDescending(d => d.Pain).ThenByDescending(d => d.Day).FirstOrDefault(),
            methods,
            symptoms,
            notes);
    }
}

public sealed record ReportMethod(string Title, MethodFigure Figure);

/// <summary>A warning symptom as logged; <see cref="Tier"/> is null for a code no longer in the guides.</summary>
public sealed record ReportSymptom(DateOnly Day, string Label, WarningTier? Tier);

public sealed record ReportNote(DateOnly Day, string Text);

/// <summary>The date range a person asks a report for, checked like any form.</summary>
public static class ReportRange
{
    public static (DateOnly From, DateOnly To) Default(DateOnly today) => (today.AddDays(-(DoctorReport.DefaultRangeDays - 1)), today);

    public static IReadOnlyList<PlanProblem> Check(string? fromText, string? toText, DateOnly today, out DateOnly from, out DateOnly to)
    {
        var problems = new List<PlanProblem>();
        var fromValid = Date("From", "start", fromText, today, problems, out from);
        var toValid = Date("To", "end", toText, today, problems, out to);
        if (fromValid && toValid)
        {
            if (from > to)
            {
                problems.Add(new("From", "The start date must be on or before the end date."));
            }
            else if (to.DayNumber - from.DayNumber + 1 > DoctorReport.MaxRangeDays)
            {
                problems.Add(new("From", $"Choose a range of at most {DoctorReport.MaxRangeDays} days."));
            }
        }

        return problems;
    }

    private static bool Date(string field, string which, string? text, DateOnly today, List<PlanProblem> problems, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, $"Enter the {which} date."));
        }
        else if (!PlanRules.TryParseDate(text, out date))
        {
            problems.Add(new(field, $"Enter the {which} date as a real date, like {PlanRules.FormatDate(today)}."));
        }
        else if (date > today)
        {
            problems.Add(new(field, $"The {which} date cannot be in the future."));
        }
        else
        {
            return true;
        }

        date = default;
        return false;
    }
}
