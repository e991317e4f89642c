namespace MuscleKnotGuide.Web.Insights;

/// <summary>A method as the insights name it: its guide's slug and title, in the guides' order.</summary>
public sealed record MethodName(string Slug, string Title);
