namespace MuscleKnotGuide.Web.Insights;

/// <summary>"Did you get this checked?" about one warning symptom last recorded on <see cref="UpToDay"/>.</summary>
public sealed record SymptomQuestion(string Code, string Label, DateOnly UpToDay);
