namespace MuscleKnotGuide.Web.Insights;

/// <summary>One logged day as the insights need it: the pain, the warning symptoms ticked and the methods tried.</summary>
public sealed record DayEntry(DateOnly Day, int Pain, IReadOnlyList<string> SymptomCodes, IReadOnlyList<MethodUse> Methods)
{
    public DayEntry(DateOnly day, int pain)
        : this(day, pain, [], [])
    {
    }
}
