using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>A self-care method used on a check-in's day, with the most direct evidence of whether it helped.</summary>
public sealed class MethodTried : IMethodRow
{
    public int Id { get; set; }

    public int CheckInId { get; set; }

    /// <summary>The slug of the method's guide in content/.</summary>
    public required string MethodSlug { get; set; }

    public int? Minutes { get; set; }

    public int? PainBefore { get; set; }

    public int? PainAfter { get; set; }

    public MethodEffect? Effect { get; set; }
}
