using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>One calendar day and its pain (the day's pain of <see cref="DayFigures"/>), or null when nothing was logged that day.</summary>
public sealed record PainDay(DateOnly Day, int? Pain)
{
    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, with the pain of <paramref name="days"/> (a day's figures each) where there is one.</summary>
    public static IReadOnlyList<PainDay> Between(IReadOnlyList<DayEntry> days, DateOnly from, DateOnly to)
    {
        var pain = days.Where(d => d.Day >= from && d.Day <= to).ToDictionary(d => d.Day, d => d.Pain);
        return Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1))
            .Select(from.AddDays)
            .Select(day => new PainDay(day, pain.TryGetValue(day, out var level) ? level : null))
            .ToArray();
    }
}
