namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// One piece of advice to get help, with the reasons from the person's own check-ins, and any "Did you get this
/// checked?" questions it asks (<see cref="SymptomFollowUp"/>).
/// </summary>
public sealed record SeekCareAdvice(SeekCareLevel Level, string Heading, string Message, IReadOnlyList<string> Reasons, IReadOnlyList<SymptomQuestion>? Questions = null)
{
    public IReadOnlyList<SymptomQuestion> Asks => Questions ?? [];
}
