namespace MuscleKnotGuide.Web.Guides;

/// <summary>A public page a guide's medical statements can be checked against, listed at the foot of the guide.</summary>
public sealed record GuideSource(string Title, Uri Url);
