using System.Globalization;

namespace MuscleKnotGuide.Web.Text;

/// <summary>
/// How numbers are written on every page, the printed plan and the doctor report alike: an average always with one
/// decimal place (4.0, 4.3), so two figures side by side read the same way, and a share as a whole percent.
/// </summary>
public static class NumberText
{
    /// <summary>One decimal place, half away from zero: 4.25 shows as 4.3, 4 as 4.0.</summary>
    public static string Average(decimal value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Average(decimal? value, string none) => value is { } v ? Average(v) : none;

    /// <summary>An average change of pain: "1.5 points".</summary>
    public static string Points(decimal value) => $"{Average(value)} points";

    /// <summary>A share from 0 to 1 as a whole percent, half away from zero: "67%".</summary>
    public static string Percent(decimal share) =>
        Math.Round(share * 100, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
}
