using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>A checked self-care plan: what to do, how often, when, for how many days. Saved or not, it prints the same.</summary>
public sealed record SelfCarePlan(DateOnly StartDate, int LengthDays, string? Goal, IReadOnlyList<PlannedMethodValues> Methods)
{
    public static readonly IReadOnlyList<int> Lengths = [7, 14, 28];

    public const int DefaultLength = 14;

    public DateOnly EndDate => StartDate.AddDays(LengthDays - 1);

    /// <summary>Every calendar day of the plan, first to last.</summary>
    public IEnumerable<DateOnly> Days => Enumerable.Range(0, LengthDays).Select(StartDate.AddDays);

    public static SelfCarePlan FromSaved(SavedPlan saved) => new(
        saved.StartDate,
        saved.LengthDays,
        saved.Goal,
        saved.Methods
            .OrderBy(m => m.Id)
            .Select(m => new PlannedMethodValues(m.MethodSlug, m.TimesPerDay, m.Minutes, m.TimesOfDay.Order().ToArray()))
            .ToArray());

    /// <summary>
    /// Writes this plan over a saved one, keeping the rows of methods still chosen, so one SaveChanges
    /// updates in place and never trips the one-row-per-method index.
    /// </summary>
    public void CopyTo(SavedPlan saved, DateTimeOffset now)
    {
        saved.StartDate = StartDate;
        saved.LengthDays = LengthDays;
        saved.Goal = Goal;
        saved.UpdatedAt = now;
        if (saved.Id == 0)
        {
            saved.CreatedAt = now;
        }

        MethodRows.Update(saved.Methods, Methods, m => m.Slug, slug => new PlannedMethod { MethodSlug = slug }, (row, method) =>
        {
            row.TimesPerDay = method.TimesPerDay;
            row.Minutes = method.Minutes;
            row.TimesOfDay = [.. method.TimesOfDay];
        });
    }
}
