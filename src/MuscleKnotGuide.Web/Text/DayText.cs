using System.Globalization;

namespace MuscleKnotGuide.Web.Text;

/// <summary>Calendar days as people read them, and as date inputs send them.</summary>
public static class DayText
{
    public const string IsoFormat = "yyyy-MM-dd";

    public static string Full(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Tuesday 24 November": the day a form is for, where the year goes without saying.</summary>
    public static string DayMonth(DateOnly day) => day.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    /// <summary>A time of day to the minute, "08:10", as time inputs send it.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

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

    public static string Brief(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static bool TryParseIso(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
