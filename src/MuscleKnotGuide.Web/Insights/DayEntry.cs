using MuscleKnotGuide.Web.Diary;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>One logged day as the insights need it: the pain, the warning symptoms ticked and the methods tried.</summary>
public sealed record DayEntry(DateOnly Day, int Pain, IReadOnlyList<string> SymptomCodes, IReadOnlyList<MethodUse> Methods)
{
    public DayEntry(DateOnly day, int pain)
        : this(day, pain, [], [])
    {
    }
}

/// <summary>One method tried on a logged day, with the immediate evidence of whether it helped.</summary>
public sealed record MethodUse(string Slug, int? PainBefore = null, int? PainAfter = null, MethodEffect? Effect = null);
