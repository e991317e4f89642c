namespace MuscleKnotGuide.Web.Plans;

public sealed class PlannedMethod
{
    public int Id { get; set; }

    public int SavedPlanId { get; set; }

    public required string MethodSlug { get; set; }

    public int TimesPerDay { get; set; }

    public int? Minutes { get; set; }

    /// <summary>When in the day, one entry per time.</summary>
    public List<TimeOnly> TimesOfDay { get; set; } = [];
}
