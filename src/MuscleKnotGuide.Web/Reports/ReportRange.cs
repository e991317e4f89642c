using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Reports;

/// <summary>The date range a person asks a report for, checked like any form.</summary>
public static class ReportRange
{
    public static (DateOnly From, DateOnly To) Default(DateOnly today) => (today.AddDays(-(DoctorReport.DefaultRangeDays - 1)), today);

    public static IReadOnlyList<FieldError> Check(string? fromText, string? toText, DateOnly today, out DateOnly from, out DateOnly to)
    {
        var problems = new List<FieldError>();
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

    private static bool Date(string field, string which, string? text, DateOnly today, List<FieldError> problems, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, $"Enter the {which} date."));
        }
        else if (!PlanRules.TryParseDate(text, out date))
        {
            problems.Add(new(field, $"Enter the {which} date as a real date, like {DayText.Iso(today)}."));
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
