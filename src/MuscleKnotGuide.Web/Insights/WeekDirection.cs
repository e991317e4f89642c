namespace MuscleKnotGuide.Web.Insights;

public enum WeekDirection
{
    /// <summary>One of the two weeks has no check-in, so there is nothing to compare.</summary>
    NotEnoughData,
    Down,
    Same,
    Up,
}
