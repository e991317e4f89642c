using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>One method of a saved plan, as stored (a row of <see cref="SavedPlan"/>).</summary>
public sealed class PlannedMethod : IMethodRow
{
    public int Id { get; set; }

    public int SavedPlanId { get; set; }

    public required string MethodSlug { get; set; }

    public int TimesPerDay { get; set; }

    public int? Minutes { get; set; }

    /// <summary>When in the day, one entry per time.</summary>
    public List<TimeOnly> TimesOfDay { get; set; } = [];
}
