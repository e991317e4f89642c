namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>One row of <see cref="CheckInsWithMethods"/>' flat LEFT JOIN: a check-in and one of its methods' shown columns (a null slug: no methods).</summary>
public sealed class CheckInWithMethodRow
{
    public required CheckIn CheckIn { get; init; }

    public string? MethodSlug { get; init; }

    public int? PainBefore { get; init; }

    public int? PainAfter { get; init; }

    public MethodEffect? Effect { get; init; }
}
