namespace MuscleKnotGuide.Web.Plans;

public static class PartsOfDay
{
    private static readonly TimeOnly MiddayStarts = new(11, 0);
    private static readonly TimeOnly EveningStarts = new(17, 0);

    /// <summary>Before 11:00 is morning, 11:00 to 16:59 midday, 17:00 on evening.</summary>
    public static PartOfDay Of(TimeOnly time) =>
        time < MiddayStarts ? PartOfDay.Morning : time < EveningStarts ? PartOfDay.Midday : PartOfDay.Evening;
}
