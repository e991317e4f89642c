using MuscleKnotGuide.Web.AboutYou;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// One row of <see cref="InsightsQuery"/>'s read of the person: their kept run, their "About you" history (the same
/// in every row; null when never answered) and one of their symptom answers (null when there are none).
/// </summary>
public sealed class PersonRow
{
    public DateOnly? RunStart { get; init; }

    public DateOnly? RunEnd { get; init; }

    public RiskHistory? Risk { get; init; }

    public SymptomCheck? Check { get; init; }
}
