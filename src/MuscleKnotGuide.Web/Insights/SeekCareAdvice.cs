namespace MuscleKnotGuide.Web.Insights;

/// <summary>One piece of advice to get help, with the reasons from the person's own check-ins.</summary>
public sealed record SeekCareAdvice(SeekCareLevel Level, string Heading, string Message, IReadOnlyList<string> Reasons);
