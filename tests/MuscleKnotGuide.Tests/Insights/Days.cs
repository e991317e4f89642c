using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>Small builders for day entries: a series of pains ending today, oldest first, null for a day not logged.</summary>
internal static class Days
{
    public static readonly DateOnly Today = new(2026, 11, 20);

    public static DateOnly Ago(int days) => Today.AddDays(-days);

    public static List<DayEntry> Ending(DateOnly today, params int?[] painsOldestFirst) =>
        painsOldestFirst
            .Select((pain, i) => pain is { } p ? new DayEntry(today.AddDays(i - (painsOldestFirst.Length - 1)), p) : null)
            .OfType<DayEntry>()
            .ToList();

    public static List<DayEntry> EndingToday(params int?[] painsOldestFirst) => Ending(Today, painsOldestFirst);

    public static DayEntry WithSymptoms(DateOnly day, int pain, params string[] codes) => new(day, pain, codes, []);

    public static DayEntry WithMethods(DateOnly day, int pain, params MethodUse[] methods) => new(day, pain, [], methods);
}
