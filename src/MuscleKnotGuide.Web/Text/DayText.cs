using System.Globalization;

namespace MuscleKnotGuide.Web.Text;

/// <summary>Calendar days as people read them, and as date inputs send them.</summary>
public static class DayText
{
    public const string IsoFormat = "yyyy-MM-dd";

    public static string Full(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Brief(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static bool TryParseIso(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
