using System.Globalization;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>Checks a typed plan against the guides and turns it into a <see cref="SelfCarePlan"/>.</summary>
public static class PlanRules
{
    public const int MaxTimesPerDay = 6;
    public const int MaxMinutes = 180;

    /// <summary>Used where a method's guide gives no how_long, and for calendar events without minutes.</summary>
    public const int DefaultMinutes = 15;

    /// <summary>How far from today a plan may start: far enough to plan ahead or reprint, near enough to be a real plan.</summary>
    public const int StartWindowDays = 365;

    /// <summary>
    /// Default times of day, in the order they are added as a method is done more often, so any first n of them
    /// make a sensible day: once at 08:00, twice at 08:00 and 19:00, three times adds 13:00, and so on.
    /// </summary>
    private static readonly TimeOnly[] DefaultSlots =
        [new(8, 0), new(19, 0), new(13, 0), new(10, 0), new(16, 0), new(21, 0)];

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    public static IReadOnlyList<TimeOnly> DefaultTimes(int timesPerDay) =>
        DefaultSlots.Take(Math.Clamp(timesPerDay, 0, MaxTimesPerDay)).Order().ToArray();

    /// <summary>A method's chosen times, then default slots not yet used, so the form always offers six sensible times.</summary>
    public static IReadOnlyList<TimeOnly> PadTimes(IReadOnlyList<TimeOnly> chosen) =>
        chosen.Concat(DefaultSlots.Where(slot => !chosen.Contains(slot))).Take(MaxTimesPerDay).ToArray();

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);


    public static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            // Reminders are set to the minute; seconds from a browser's time field add nothing.
            time = new TimeOnly(parsed.Hour, parsed.Minute);
            return true;
        }

        time = default;
        return false;
    }

    public static PlanCheck Check(PlanRequest request, GuideLibrary library, DateOnly today)
    {
        var problems = new List<FieldError>();
        var items = CheckMethods(request.Methods, library, problems);

        int length = 0;
        if (!int.TryParse(request.LengthDays, NumberStyles.None, CultureInfo.InvariantCulture, out length) || !SelfCarePlan.Lengths.Contains(length))
        {
            problems.Add(new("LengthDays", "Choose a plan length of 7, 14 or 28 days."));
        }

        DateOnly start = default;
        if (string.IsNullOrWhiteSpace(request.StartDate))
        {
            problems.Add(new("StartDate", "Enter the date your plan starts."));
        }
        else if (!TryParseDate(request.StartDate, out start))
        {
            problems.Add(new("StartDate", $"Enter the start date as a real date, like {DayText.Iso(today)}."));
        }
        else if (Math.Abs(start.DayNumber - today.DayNumber) > StartWindowDays)
        {
            problems.Add(new("StartDate", "Choose a start date within a year of today."));
        }

        var goal = string.IsNullOrWhiteSpace(request.Goal) ? null : request.Goal.Trim();
        if (goal is { Length: > SavedPlan.GoalMaxLength })
        {
            problems.Add(new("Goal", $"Keep your goal to {SavedPlan.GoalMaxLength} characters or fewer (it has {goal.Length})."));
        }

        return problems.Count > 0
            ? new PlanCheck(null, problems)
            : new PlanCheck(new SelfCarePlan(start, length, goal, items), []);
    }

    private static List<PlannedMethodValues> CheckMethods(IReadOnlyList<PlannedMethodRequest> rows, GuideLibrary library, List<FieldError> problems)
    {
        var items = new List<PlannedMethodValues>();
        var chosen = rows.Select((row, index) => (row, index)).Where(r => r.row.IsChosen).ToArray();
        if (chosen.Length == 0)
        {
            problems.Add(new("Methods", "Choose at least one method."));
            return items;
        }

        if (chosen.Any(r => library.FindMethod(r.row.Slug ?? "") is null))
        {
            problems.Add(new("Methods", "Choose methods from the list."));
            return items;
        }

        if (chosen.GroupBy(r => r.row.Slug).Any(g => g.Count() > 1))
        {
            problems.Add(new("Methods", "Choose each method only once."));
            return items;
        }

        foreach (var (row, index) in chosen.OrderBy(r => library.FindMethod(r.row.Slug!)!.Order))
        {
            var method = library.FindMethod(row.Slug!)!;
            if (CheckMethod(row, $"Methods[{index}]", method, problems) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static PlannedMethodValues? CheckMethod(PlannedMethodRequest row, string field, TreatmentGuide method, List<FieldError> problems)
    {
        if (LabelDirected.Is(method))
        {
            // Whatever was sent, a label-directed method carries no schedule: the app never suggests how often to take a medicine.
            return PlannedMethodValues.LabelDirected(method.Slug);
        }

        var valid = true;
        var timesKnown = TryParseInRange(row.TimesPerDay, 1, MaxTimesPerDay, out var timesPerDay);
        if (!timesKnown)
        {
            problems.Add(new($"{field}.TimesPerDay", $"Choose how many times a day for {method.Title}, from 1 to {MaxTimesPerDay}."));
            valid = false;
        }

        var maxMinutes = HeatLimit.MaxMinutesFor(method.Slug);
        if (!TryParseInRange(row.Minutes, 1, maxMinutes, out var minutes))
        {
            problems.Add(new($"{field}.Minutes", HeatLimit.Applies(method.Slug) && TryParseInRange(row.Minutes, maxMinutes + 1, MaxMinutes, out _)
                ? $"Choose {maxMinutes} minutes or fewer for {method.Title}. {HeatLimit.Reason}"
                : $"Enter the minutes for {method.Title} as a whole number from 1 to {maxMinutes}."));
            valid = false;
        }

        var times = new List<TimeOnly>();
        for (var i = 0; timesKnown && i < timesPerDay; i++)
        {
            var text = row.Times.ElementAtOrDefault(i);
            var timeField = $"{field}.Times[{i}]";
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new(timeField, $"Enter time {i + 1} for {method.Title}, like 19:00, or choose fewer times a day."));
                valid = false;
            }
            else if (!TryParseTime(text, out var time))
            {
                problems.Add(new(timeField, $"Enter time {i + 1} for {method.Title} as hours and minutes from 00:00 to 23:59, like 08:00."));
                valid = false;
            }
            else if (times.Contains(time))
            {
                problems.Add(new(timeField, $"{method.Title} has {FormatTime(time)} twice; choose a different time."));
                valid = false;
            }
            else
            {
                times.Add(time);
            }
        }

        return valid ? new PlannedMethodValues(method.Slug, timesPerDay, minutes, times.Order().ToArray()) : null;
    }

    private static bool TryParseInRange(string? text, int min, int max, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
