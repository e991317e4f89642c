using System.Globalization;

namespace MuscleKnotGuide.Web.Text;

/// <summary>
/// The one place that writes calendar days and times of day, as people read them and as date inputs send them:
/// English names, the same on every page (invariant culture, so September is "Sep" everywhere).
/// </summary>
public static class DayText
{
    public const string IsoFormat = "yyyy-MM-dd";

    public static string Full(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"24 November 2026": a date on its own, like a guide's last review.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Tuesday 24 November": the day a form is for, where the year goes without saying.</summary>
    public static string DayMonth(DateOnly day) => day.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    /// <summary>A time of day to the minute, "08:10", as time inputs send it.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"08:00", "08:00 and 19:00", "08:00, 13:00 and 19:00".</summary>
    public static string Times(IReadOnlyList<TimeOnly> times) => times.Count switch
    {
        0 => "",
        1 => Time(times[0]),
        _ => $"{string.Join(", ", times.SkipLast(1).Select(Time))} and {Time(times[^1])}",
    };

    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            // Entries are kept to the minute; seconds from a browser's time field add nothing.
            time = new TimeOnly(parsed.Hour, parsed.Minute);
            return true;
        }

        time = default;
        return false;
    }

    /// <summary>"Tue 24 Nov 2026": dates in tables, the printed plan and the doctor report.</summary>
    public static string Brief(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Tue 24 Nov": a day within a range whose years are already shown.</summary>
    public static string BriefNoYear(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>"24 Nov": chart axes and day grids.</summary>
    public static string Compact(DateOnly day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    /// <summary>"Tue".</summary>
    public static string Weekday(DateOnly day) => day.ToString("ddd", CultureInfo.InvariantCulture);

    /// <summary>"Tue 24 Nov 2026 – Mon 7 Dec 2026".</summary>
    public static string Range(DateOnly from, DateOnly to) => $"{Brief(from)} – {Brief(to)}";

    public static string Iso(DateOnly day) => day.ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static bool TryParseIso(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
