namespace MuscleKnotGuide.Web.Data;

/// <summary>The IANA time zones a person can pick, and the calendar day it is for them.</summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<string[]> Zones = new(() => TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id)
        .Append("UTC")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray());

    public static IReadOnlyList<string> All => Zones.Value;

    public static bool IsKnown(string? id) => id is not null && Array.BinarySearch(Zones.Value, id, StringComparer.Ordinal) >= 0;

    /// <summary>Today in the person's own zone, so 23:30 in Sydney is still that day in Sydney.</summary>
    public static DateOnly Today(TimeProvider clock, string timeZoneId) => DateOnly.FromDateTime(Now(clock, timeZoneId));

    /// <summary>The time on the person's own clock, to the minute: what a new diary entry is stamped with.</summary>
    public static TimeOnly TimeNow(TimeProvider clock, string timeZoneId)
    {
        var now = Now(clock, timeZoneId);
        return new TimeOnly(now.Hour, now.Minute);
    }

    /// <summary>The date and time on the person's own clock, read once, so a day and a time taken from it agree.</summary>
    public static DateTime Now(TimeProvider clock, string timeZoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime;
    }
}
