using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>Where a saved plan stands for the home page: its next timed session today or tomorrow, or why there is none.</summary>
public enum PlanStatus
{
    /// <summary>A session is due later today or tomorrow.</summary>
    Next,

    /// <summary>The plan starts after tomorrow.</summary>
    NotStarted,

    /// <summary>The plan's last day has passed.</summary>
    Ended,

    /// <summary>No method has a time of day (pain medication, for instance, is taken as the label directs).</summary>
    NoTimes,

    /// <summary>Today's sessions are done and the plan ends today.</summary>
    DoneForToday,
}

/// <param name="MethodSlugs">Every method planned at that time.</param>
public sealed record PlanNextSession(PlanStatus Status, DateOnly? Day = null, TimeOnly? Time = null, IReadOnlyList<string>? MethodSlugs = null)
{
    /// <summary>
    /// The plan's next session after <paramref name="now"/> (the person's own local time), looking at today and tomorrow only,
    /// and only at the plan's days (its start date and the <c>LengthDays - 1</c> days after it).
    /// </summary>
    public static PlanNextSession Find(SavedPlan plan, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var lastDay = plan.StartDate.AddDays(plan.LengthDays - 1);
        var timed = plan.Methods.Where(m => m.TimesOfDay.Count > 0).ToArray();
        if (timed.Length == 0)
        {
            return new(PlanStatus.NoTimes);
        }

        if (lastDay < today)
        {
            return new(PlanStatus.Ended, lastDay);
        }

        if (plan.StartDate > today.AddDays(1))
        {
            return new(PlanStatus.NotStarted, plan.StartDate);
        }

        var nowTime = TimeOnly.FromDateTime(now);
        foreach (var day in new[] { today, today.AddDays(1) }.Where(d => d >= plan.StartDate && d <= lastDay))
        {
            var next = timed
                .SelectMany(m => m.TimesOfDay.Select(t => (Time: t, m.MethodSlug)))
                .Where(s => day > today || s.Time > nowTime)
                .OrderBy(s => s.Time)
                .ToArray();
            if (next.Length > 0)
            {
                var time = next[0].Time;
                return new(PlanStatus.Next, day, time, next.Where(s => s.Time == time).Select(s => s.MethodSlug).Distinct().ToArray());
            }
        }

        return new(PlanStatus.DoneForToday, today);
    }
}
