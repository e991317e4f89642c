namespace MuscleKnotGuide.Web.Plans;

/// <summary>A signed-in person's self-care plan, kept so it can be edited and printed again.</summary>
public sealed class SavedPlan
{
    public const int GoalMaxLength = 300;

    public int Id { get; set; }

    public required string UserId { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>7, 14 or 28 days.</summary>
    public int LengthDays { get; set; }

    public string? Goal { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PlannedMethod> Methods { get; set; } = [];
}
