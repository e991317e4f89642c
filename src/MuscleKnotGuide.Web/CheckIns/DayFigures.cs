using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// The one definition of how a day's entries add up to the day's figures that charts, rules, insights, plan
/// suggestions and the report use:
/// <list type="bullet">
/// <item>the day's pain is the mean of its entries' pain, rounded to a whole number (halves up), so the rules keep
/// comparing sums of whole numbers exactly;</item>
/// <item>the day's worst is the highest entry; the severe-pain rules (7 or more, 9 or more, a sudden jump) use it,
/// so one very bad moment is never averaged away;</item>
/// <item>the day's best is the lowest entry; with the worst it makes the range the insights chart draws as a band;</item>
/// <item>warning symptoms count on the day they were logged, once per day however many entries name them;</item>
/// <item>"did pain stop you sleeping / your usual activities", "after a fall or injury": yes if any entry says yes,
/// otherwise no if any says no, otherwise not answered;</item>
/// <item>the methods tried are every entry's methods, in the order logged.</item>
/// </list>
/// </summary>
public static class DayFigures
{
    /// <summary>One <see cref="DayEntry"/> per calendar day, oldest first, from entries in any order.</summary>
    public static IReadOnlyList<DayEntry> Combine(IEnumerable<DayEntry> entries) =>
        CombineInDayOrder(entries.OrderBy(e => e.Day).ToArray());

    /// <summary>The day's figures of stored check-ins (entries ordered by their time, untimed first).</summary>
    public static IReadOnlyList<DayEntry> Combine(IEnumerable<CheckIn> checkIns) =>
        CombineInDayOrder(checkIns.OrderBy(c => c.Day).ThenBy(c => c.Time).ThenBy(c => c.Id).Select(Entry).ToArray());

    // Entries sorted by day (a stable sort keeps each day's own order): each run of one day is that day. A walk, not
    // GroupBy, since the report does this for a year of entries on every view and most days hold one.
    private static List<DayEntry> CombineInDayOrder(DayEntry[] sorted)
    {
        var days = new List<DayEntry>(sorted.Length);
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end].Day == sorted[start].Day)
            {
                end++;
            }

            days.Add(end - start == 1 ? sorted[start] : Day(sorted[start..end]));
            start = end;
        }

        return days;
    }

    public static DayEntry Entry(CheckIn checkIn) => new(
        checkIn.Day,
        checkIn.PainLevel,
        checkIn.WarningSymptoms,
        UsesOf(checkIn.Methods),
        checkIn.StoppedSleeping,
        checkIn.StoppedActivities,
        checkIn.AfterFallOrInjury);

    /// <summary>The mean of the entries' pain, rounded halves up: 4 and 5 make 5, 3, 4 and 4 make 4.</summary>
    public static int DayPain(IReadOnlyCollection<int> pains) =>
        (int)Math.Round(pains.Average(), MidpointRounding.AwayFromZero);

    // A sized array, not Select + ToArray: the report and the insights make this for every entry they read.
    private static MethodUse[] UsesOf(List<MethodTried> methods)
    {
        if (methods.Count == 0)
        {
            return [];
        }

        var uses = new MethodUse[methods.Count];
        for (var i = 0; i < uses.Length; i++)
        {
            var m = methods[i];
            uses[i] = new MethodUse(m.MethodSlug, m.PainBefore, m.PainAfter, m.Effect);
        }

        return uses;
    }

    private static DayEntry Day(DayEntry[] entries) => entries.Length == 1
        ? entries[0]
        : new DayEntry(
            entries[0].Day,
            DayPain(entries.Select(e => e.Pain).ToArray()),
            entries.SelectMany(e => e.SymptomCodes).Distinct(StringComparer.Ordinal).ToArray(),
            entries.SelectMany(e => e.Methods).ToArray(),
            Answer(entries.Select(e => e.StoppedSleeping)),
            Answer(entries.Select(e => e.StoppedActivities)),
            Answer(entries.Select(e => e.AfterFallOrInjury)),
            entries.Max(e => e.WorstPain),
            entries.Min(e => e.BestPain));

    private static bool? Answer(IEnumerable<bool?> answers)
    {
        var given = answers.Where(a => a is not null).ToArray();
        return given.Length == 0 ? null : given.Any(a => a == true);
    }
}
