using System.Globalization;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>Dates and times as the plan and report pages print them (English, unambiguous on paper).</summary>
public static class PlanText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly day) => day.ToString("ddd d MMM yyyy", English);

    public static string ShortDate(DateOnly day) => day.ToString("ddd d MMM", English);

    public static string Weekday(DateOnly day) => day.ToString("ddd", English);

    public static string DayMonth(DateOnly day) => day.ToString("d MMM", English);

    public static string Range(DateOnly from, DateOnly to) => $"{Date(from)} – {Date(to)}";

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"08:00", "08:00 and 19:00", "08:00, 13:00 and 19:00".</summary>
    public static string Times(IReadOnlyList<TimeOnly> times) => times.Count switch
    {
        0 => "",
        1 => Time(times[0]),
        _ => $"{string.Join(", ", times.SkipLast(1).Select(Time))} and {Time(times[^1])}",
    };

    public static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Points(decimal value) => $"{Number(value)} {(value is 1m or -1m ? "point" : "points")}";
}
