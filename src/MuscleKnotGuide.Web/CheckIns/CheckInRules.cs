using System.Globalization;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>Checks a posted check-in against the guides and the check-in window, like <c>PlanRules</c> does for plans.</summary>
public static class CheckInRules
{
    /// <summary>Ten hours: longer than any self-care session, short of a typing slip.</summary>
    public const int MaxMinutes = 600;

    /// <summary>
    /// Entries a day may hold: far more than anyone logs by hand (hourly while awake is about 16), yet a limit, so a
    /// stuck button or a script cannot fill a day with thousands of rows that every chart would then read.
    /// </summary>
    public const int MaxEntriesPerDay = 50;

    /// <summary>The problem when <paramref name="day"/> already holds <paramref name="otherEntries"/> entries besides this one.</summary>
    public static FieldError? CheckRoomOnDay(DateOnly day, int otherEntries) =>
        otherEntries >= MaxEntriesPerDay
            ? new(nameof(CheckInRequest.Day), $"{DayText.Full(day)} already has {MaxEntriesPerDay} entries, the most a day can hold. Edit or delete one of them, or choose another date.")
            : null;

    /// <summary>
    /// Checks every field; on success returns the values to store, otherwise the problems keyed by field
    /// (relative to the form, e.g. "Methods[2].Minutes"). Arranges the method rows of <paramref name="form"/>,
    /// so keys match the rows as they are shown again.
    /// </summary>
    /// <param name="keepDay">The day of the check-in being edited: keeping it is always allowed, even when older than the window.</param>
    /// <param name="timeOptional">An entry saved before times were recorded may keep having none; every other entry needs one.</param>
    public static CheckInCheck Check(CheckInRequest form, GuideLibrary library, DateOnly today, DateOnly? keepDay, bool timeOptional = false)
    {
        var errors = new List<FieldError>();
        var day = CheckDay(form.Day, today, keepDay, errors);
        TimeOnly? time = null;
        if (string.IsNullOrWhiteSpace(form.Time))
        {
            if (!timeOptional)
            {
                errors.Add(new(nameof(CheckInRequest.Time), "Enter the time of this entry, like 08:10."));
            }
        }
        else if (DayText.TryParseTime(form.Time, out var parsedTime))
        {
            time = parsedTime;
        }
        else
        {
            errors.Add(new(nameof(CheckInRequest.Time), "Enter the time as hours and minutes from 00:00 to 23:59, like 08:10."));
        }

        var pain = CheckPain(form.Pain, errors);

        int? stiffness = null;
        if (!string.IsNullOrWhiteSpace(form.Stiffness))
        {
            stiffness = ParseScale(form.Stiffness);
            if (stiffness is null)
            {
                errors.Add(new(nameof(CheckInRequest.Stiffness), "Stiffness must be a whole number from 0 to 10, or \"not recorded\"."));
            }
        }

        var areas = BackAreas.None;
        foreach (var name in form.Areas)
        {
            var region = BodyMap.Find(name);
            if (region is null)
            {
                errors.Add(new(nameof(CheckInRequest.Areas), "Choose where it hurts from the parts of the body map shown. Reload the page and tick them again."));
                break;
            }

            areas |= region.Area;
        }

        var symptoms = form.Symptoms.Where(code => !string.IsNullOrEmpty(code)).Distinct(StringComparer.Ordinal).ToList();
        if (symptoms.Any(code => library.FindSymptom(code) is null))
        {
            errors.Add(new(nameof(CheckInRequest.Symptoms), "One of the warning symptoms sent is not on this form. Reload the page and tick them again."));
        }

        var notes = form.Notes?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (notes?.Length > CheckIn.NotesMaxLength)
        {
            errors.Add(new(nameof(CheckInRequest.Notes), string.Create(CultureInfo.InvariantCulture,
                $"Notes can be up to {CheckIn.NotesMaxLength:N0} characters; these are {notes.Length:N0}. Please shorten them.")));
        }

        var methods = CheckMethods(form, library, errors);
        var stoppedSleeping = CheckYesNo(form.StoppedSleeping, nameof(CheckInRequest.StoppedSleeping), errors);
        var stoppedActivities = CheckYesNo(form.StoppedActivities, nameof(CheckInRequest.StoppedActivities), errors);
        var afterFallOrInjury = CheckYesNo(form.AfterFallOrInjury, nameof(CheckInRequest.AfterFallOrInjury), errors);

        if (errors.Count > 0 || day is null || pain is null)
        {
            return new CheckInCheck(null, errors);
        }

        return new CheckInCheck(new CheckInValues(day.Value, time, pain.Value, stiffness, areas, symptoms, string.IsNullOrEmpty(notes) ? null : notes, methods, stoppedSleeping, stoppedActivities, afterFallOrInjury),
            []);
    }

    private static DateOnly? CheckDay(string? text, DateOnly today, DateOnly? keepDay, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(nameof(CheckInRequest.Day), "Enter the date of this check-in."));
            return null;
        }

        if (!DayText.TryParseIso(text, out var day))
        {
            errors.Add(new(nameof(CheckInRequest.Day), $"Enter a real date, for example {DayText.Iso(today)}."));
            return null;
        }

        if (day > today)
        {
            errors.Add(new(nameof(CheckInRequest.Day), $"{DayText.Full(day)} hasn't happened yet. Check-ins are for today or an earlier day."));
            return null;
        }

        if (day != keepDay && !CheckInWindow.Contains(day, today))
        {
            errors.Add(new(nameof(CheckInRequest.Day), $"Check-ins can go back {CheckInWindow.Days} days: choose a date from {DayText.Full(CheckInWindow.Earliest(today))} to today."));
            return null;
        }

        return day;
    }

    private static bool? CheckYesNo(string? text, string key, List<FieldError> errors)
    {
        if (YesNo.TryParse(text, out var answer))
        {
            return answer;
        }

        errors.Add(new(key, "Answer yes or no, or leave it unanswered."));
        return null;
    }

    private static int? CheckPain(string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(nameof(CheckInRequest.Pain), "Choose your pain level, from 0 (no pain) to 10 (worst pain imaginable)."));
            return null;
        }

        var pain = ParseScale(text);
        if (pain is null)
        {
            errors.Add(new(nameof(CheckInRequest.Pain), "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable)."));
        }

        return pain;
    }

    private static List<MethodTriedValues> CheckMethods(CheckInRequest form, GuideLibrary library, List<FieldError> errors)
    {
        // Unknown and repeated methods can only come from a tampered or stale form; judge them before
        // arranging drops them, so they are reported rather than silently ignored.
        var tried = form.Methods.Where(r => r.IsTried).ToArray();
        foreach (var unknown in tried.Where(r => library.FindMethod(r.Slug?.Trim() ?? "") is null))
        {
            errors.Add(new(nameof(CheckInRequest.Methods), string.IsNullOrWhiteSpace(unknown.Slug)
                ? "A method was ticked without saying which one. Reload the page and try again."
                : $"\"{unknown.Slug}\" is not one of the methods on this form. Reload the page and try again."));
        }

        foreach (var repeated in tried.GroupBy(r => r.Slug?.Trim()).Where(g => g.Count() > 1 && library.FindMethod(g.Key ?? "") is not null))
        {
            errors.Add(new(nameof(CheckInRequest.Methods), $"{library.FindMethod(repeated.Key!)!.Title} was sent twice. Tick each method once."));
        }

        form.Arrange(library);

        var values = new List<MethodTriedValues>();
        for (var i = 0; i < form.Methods.Count; i++)
        {
            var row = form.Methods[i];
            if (!row.IsTried)
            {
                continue;
            }

            var key = $"{nameof(CheckInRequest.Methods)}[{i}].";
            // Each message names its method: on a phone the summary at the top is far from the row it means.
            var title = library.FindMethod(row.Slug!)!.Title;
            var minutes = Optional(row.Minutes, 0, MaxMinutes, key + nameof(MethodTriedRequest.Minutes),
                $"{title}: minutes must be a whole number from 0 to {MaxMinutes}.", errors);
            var painBefore = Optional(row.PainBefore, PainScale.Min, PainScale.Max, key + nameof(MethodTriedRequest.PainBefore),
                $"{title}: pain before must be a whole number from 0 to 10.", errors);
            var painAfter = Optional(row.PainAfter, PainScale.Min, PainScale.Max, key + nameof(MethodTriedRequest.PainAfter),
                $"{title}: pain after must be a whole number from 0 to 10.", errors);

            MethodEffect? effect = null;
            if (!string.IsNullOrWhiteSpace(row.Effect))
            {
                var choice = CheckInChoices.Effects.FirstOrDefault(e => e.Name == row.Effect.Trim());
                if (choice.Name is null)
                {
                    errors.Add(new(key + nameof(MethodTriedRequest.Effect), $"{title}: choose how it helped from the list."));
                }
                else
                {
                    effect = choice.Effect;
                }
            }

            values.Add(new MethodTriedValues(row.Slug!, minutes, painBefore, painAfter, effect));
        }

        return values;
    }

    private static int? Optional(string? text, int min, int max, string key, string message, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(new(key, message));
        return null;
    }

    private static int? ParseScale(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && PainScale.IsValid(value) ? value : null;
}
