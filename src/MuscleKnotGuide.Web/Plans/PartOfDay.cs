namespace MuscleKnotGuide.Web.Plans;

/// <summary>The three columns of the printed daily routine.</summary>
public enum PartOfDay
{
    Morning,
    Midday,
    Evening,
}
