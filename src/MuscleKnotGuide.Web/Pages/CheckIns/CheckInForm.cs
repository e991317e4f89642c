using System.Globalization;
using MuscleKnotGuide.Web.Diary;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

/// <summary>
/// The check-in form as posted. Every field is text, so any input (even "abc") reaches validation
/// and comes back with a message in plain words instead of a model-binding error.
/// </summary>
public sealed class CheckInForm
{
    public string? Day { get; set; }

    public string? Pain { get; set; }

    /// <summary>Empty means "not recorded".</summary>
    public string? Stiffness { get; set; }

    /// <summary>Names of <see cref="BackAreas"/> flags, one per ticked region.</summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>Codes of the warning symptoms ticked.</summary>
    public List<string> Symptoms { get; set; } = [];

    /// <summary>One row per method of the content, in content order once arranged.</summary>
    public List<MethodEntry> Methods { get; set; } = [];

    public string? Notes { get; set; }

    public static IReadOnlyList<(BackAreas Area, string Name, string Label)> AreaChoices { get; } =
    [
        (BackAreas.UpperLeft, nameof(BackAreas.UpperLeft), "Upper back, left"),
        (BackAreas.UpperRight, nameof(BackAreas.UpperRight), "Upper back, right"),
        (BackAreas.MiddleLeft, nameof(BackAreas.MiddleLeft), "Middle back, left"),
        (BackAreas.MiddleRight, nameof(BackAreas.MiddleRight), "Middle back, right"),
        (BackAreas.LowerLeft, nameof(BackAreas.LowerLeft), "Lower back, left"),
        (BackAreas.LowerRight, nameof(BackAreas.LowerRight), "Lower back, right"),
    ];

    public static IReadOnlyList<(MethodEffect Effect, string Name, string Label)> EffectChoices { get; } =
    [
        (MethodEffect.MadeWorse, nameof(MethodEffect.MadeWorse), "Made it worse"),
        (MethodEffect.NoChange, nameof(MethodEffect.NoChange), "No change"),
        (MethodEffect.HelpedALittle, nameof(MethodEffect.HelpedALittle), "Helped a little"),
        (MethodEffect.HelpedALot, nameof(MethodEffect.HelpedALot), "Helped a lot"),
    ];

    public static CheckInForm Blank(DateOnly day, GuideLibrary library)
    {
        var form = new CheckInForm { Day = DayText.Iso(day) };
        form.Arrange(library);
        return form;
    }

    public static CheckInForm From(CheckIn checkIn, GuideLibrary library)
    {
        var form = new CheckInForm
        {
            Day = DayText.Iso(checkIn.Day),
            Pain = Text(checkIn.PainLevel),
            Stiffness = Text(checkIn.Stiffness),
            Areas = AreaChoices.Where(a => checkIn.Areas.HasFlag(a.Area)).Select(a => a.Name).ToList(),
            Symptoms = [.. checkIn.WarningSymptoms],
            Notes = checkIn.Notes,
            Methods = checkIn.Methods.Select(m => new MethodEntry
            {
                Slug = m.MethodSlug,
                Tried = MethodEntry.TriedValue,
                Minutes = Text(m.Minutes),
                PainBefore = Text(m.PainBefore),
                PainAfter = Text(m.PainAfter),
                Effect = m.Effect?.ToString(),
            }).ToList(),
        };
        form.Arrange(library);
        return form;
    }

    /// <summary>
    /// One row per method of the content, in its order, keeping what was posted for each; rows for
    /// methods the content no longer has are dropped, so the form always matches the guides.
    /// </summary>
    public void Arrange(GuideLibrary library)
    {
        var posted = Methods;
        Methods = library.Methods.Select(method =>
            posted.FirstOrDefault(r => r.Slug == method.Slug && r.IsTried)
            ?? posted.FirstOrDefault(r => r.Slug == method.Slug)
            ?? new MethodEntry { Slug = method.Slug }).ToList();
        foreach (var row in Methods)
        {
            row.Slug = row.Slug?.Trim();
        }
    }

    /// <summary>
    /// Checks every field; on success returns the values to store, otherwise null and the problems keyed by
    /// field (relative to the form, e.g. "Methods[2].Minutes"). Arranges the method rows first, so keys
    /// match the rows as they are shown again.
    /// </summary>
    /// <param name="keepDay">The day of the check-in being edited: keeping it is always allowed, even when older than the window.</param>
    public CheckInValues? Validate(GuideLibrary library, DateOnly today, DateOnly? keepDay, ICollection<FieldError> errors)
    {
        var before = errors.Count;
        var day = ValidateDay(today, keepDay, errors);
        var pain = ValidatePain(errors);

        int? stiffness = null;
        if (!string.IsNullOrWhiteSpace(Stiffness))
        {
            stiffness = ParseScale(Stiffness);
            if (stiffness is null)
            {
                errors.Add(new(nameof(Stiffness), "Stiffness must be a whole number from 0 to 10, or \"not recorded\"."));
            }
        }

        var areas = BackAreas.None;
        foreach (var name in Areas)
        {
            var choice = AreaChoices.FirstOrDefault(a => a.Name == name);
            if (choice.Name is null)
            {
                errors.Add(new(nameof(Areas), "Choose where it hurts from the six parts of the back shown."));
                break;
            }

            areas |= choice.Area;
        }

        var symptoms = Symptoms.Where(code => !string.IsNullOrEmpty(code)).Distinct(StringComparer.Ordinal).ToList();
        if (symptoms.Any(code => library.FindSymptom(code) is null))
        {
            errors.Add(new(nameof(Symptoms), "One of the warning symptoms sent is not on this form. Reload the page and tick them again."));
        }

        var notes = Notes?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (notes?.Length > CheckIn.NotesMaxLength)
        {
            errors.Add(new(nameof(Notes), string.Create(CultureInfo.InvariantCulture,
                $"Notes can be up to {CheckIn.NotesMaxLength:N0} characters; these are {notes.Length:N0}. Please shorten them.")));
        }

        var methods = ValidateMethods(library, errors);

        if (errors.Count > before || day is null || pain is null)
        {
            return null;
        }

        return new CheckInValues(day.Value, pain.Value, stiffness, areas, symptoms, string.IsNullOrEmpty(notes) ? null : notes, methods);
    }

    private DateOnly? ValidateDay(DateOnly today, DateOnly? keepDay, ICollection<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(Day))
        {
            errors.Add(new(nameof(Day), "Enter the date of this check-in."));
            return null;
        }

        if (!DayText.TryParseIso(Day, out var day))
        {
            errors.Add(new(nameof(Day), $"Enter a real date, for example {DayText.Iso(today)}."));
            return null;
        }

        if (day > today)
        {
            errors.Add(new(nameof(Day), $"{DayText.Full(day)} hasn't happened yet. Check-ins are for today or an earlier day."));
            return null;
        }

        if (day != keepDay && !CheckInWindow.Contains(day, today))
        {
            errors.Add(new(nameof(Day), $"Check-ins can go back {CheckInWindow.Days} days: choose a date from {DayText.Full(CheckInWindow.Earliest(today))} to today."));
            return null;
        }

        return day;
    }

    private int? ValidatePain(ICollection<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(Pain))
        {
            errors.Add(new(nameof(Pain), "Choose your pain level, from 0 (no pain) to 10 (worst pain imaginable)."));
            return null;
        }

        var pain = ParseScale(Pain);
        if (pain is null)
        {
            errors.Add(new(nameof(Pain), "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable)."));
        }

        return pain;
    }

    private List<MethodValues> ValidateMethods(GuideLibrary library, ICollection<FieldError> errors)
    {
        // Unknown and repeated methods can only come from a tampered or stale form; judge them before
        // arranging drops them, so they are reported rather than silently ignored.
        var tried = Methods.Where(r => r.IsTried).ToArray();
        foreach (var unknown in tried.Where(r => library.FindMethod(r.Slug?.Trim() ?? "") is null))
        {
            errors.Add(new(nameof(Methods), string.IsNullOrWhiteSpace(unknown.Slug)
                ? "A method was ticked without saying which one. Reload the page and try again."
                : $"\"{unknown.Slug}\" is not one of the methods on this form. Reload the page and try again."));
        }

        foreach (var repeated in tried.GroupBy(r => r.Slug?.Trim()).Where(g => g.Count() > 1 && library.FindMethod(g.Key ?? "") is not null))
        {
            errors.Add(new(nameof(Methods), $"{library.FindMethod(repeated.Key!)!.Title} was sent twice. Tick each method once."));
        }

        Arrange(library);

        var values = new List<MethodValues>();
        for (var i = 0; i < Methods.Count; i++)
        {
            var row = Methods[i];
            if (!row.IsTried)
            {
                continue;
            }

            var key = $"{nameof(Methods)}[{i}].";
            var minutes = Optional(row.Minutes, 0, MethodEntry.MaxMinutes, key + nameof(MethodEntry.Minutes),
                $"Minutes must be a whole number from 0 to {MethodEntry.MaxMinutes}.", errors);
            var painBefore = Optional(row.PainBefore, PainScale.Min, PainScale.Max, key + nameof(MethodEntry.PainBefore),
                "Pain before must be a whole number from 0 to 10.", errors);
            var painAfter = Optional(row.PainAfter, PainScale.Min, PainScale.Max, key + nameof(MethodEntry.PainAfter),
                "Pain after must be a whole number from 0 to 10.", errors);

            MethodEffect? effect = null;
            if (!string.IsNullOrWhiteSpace(row.Effect))
            {
                var choice = EffectChoices.FirstOrDefault(e => e.Name == row.Effect.Trim());
                if (choice.Name is null)
                {
                    errors.Add(new(key + nameof(MethodEntry.Effect), "Choose how it helped from the list."));
                }
                else
                {
                    effect = choice.Effect;
                }
            }

            values.Add(new MethodValues(row.Slug!, minutes, painBefore, painAfter, effect));
        }

        return values;
    }

    private static int? Optional(string? text, int min, int max, string key, string message, ICollection<FieldError> errors)
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

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One method's row on the form: the tick and its optional details.</summary>
public sealed class MethodEntry
{
    public const string TriedValue = "true";
    public const int MaxMinutes = 600;

    public string? Slug { get; set; }

    /// <summary>"true" when "I tried this" is ticked.</summary>
    public string? Tried { get; set; }

    public string? Minutes { get; set; }

    public string? PainBefore { get; set; }

    public string? PainAfter { get; set; }

    /// <summary>Name of a <see cref="MethodEffect"/>; empty when not said.</summary>
    public string? Effect { get; set; }

    // Only the tick decides: details left in an unticked row (say, after unticking on edit) are ignored.
    public bool IsTried => string.Equals(Tried?.Trim(), TriedValue, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Tried?.Trim(), "on", StringComparison.OrdinalIgnoreCase);

    public bool HasDetails => !string.IsNullOrWhiteSpace(Minutes) || !string.IsNullOrWhiteSpace(PainBefore)
        || !string.IsNullOrWhiteSpace(PainAfter) || !string.IsNullOrWhiteSpace(Effect);
}

public sealed record FieldError(string Key, string Message);

public sealed record MethodValues(string Slug, int? Minutes, int? PainBefore, int? PainAfter, MethodEffect? Effect);

/// <summary>A valid check-in, ready to store.</summary>
public sealed record CheckInValues(
    DateOnly Day,
    int PainLevel,
    int? Stiffness,
    BackAreas Areas,
    IReadOnlyList<string> WarningSymptoms,
    string? Notes,
    IReadOnlyList<MethodValues> Methods)
{
    /// <summary>Copies the values onto a new or tracked check-in; method rows are updated in place so their ids stay.</summary>
    public void ApplyTo(CheckIn checkIn, DateTimeOffset now)
    {
        checkIn.Day = Day;
        checkIn.PainLevel = PainLevel;
        checkIn.Stiffness = Stiffness;
        checkIn.Areas = Areas;
        checkIn.WarningSymptoms = [.. WarningSymptoms];
        checkIn.Notes = Notes;
        checkIn.UpdatedAt = now;
        if (checkIn.Id == 0)
        {
            checkIn.CreatedAt = now;
        }

        checkIn.Methods.RemoveAll(existing => Methods.All(m => m.Slug != existing.MethodSlug));
        foreach (var method in Methods)
        {
            var row = checkIn.Methods.FirstOrDefault(m => m.MethodSlug == method.Slug);
            if (row is null)
            {
                row = new MethodTried { MethodSlug = method.Slug };
                checkIn.Methods.Add(row);
            }

            row.Minutes = method.Minutes;
            row.PainBefore = method.PainBefore;
            row.PainAfter = method.PainAfter;
            row.Effect = method.Effect;
        }
    }
}
