namespace MuscleKnotGuide.Web.Insights;

/// <summary>A logged day picked out of the range, such as the best or the worst.</summary>
public sealed record NotableDay(DateOnly Day, int Pain);
