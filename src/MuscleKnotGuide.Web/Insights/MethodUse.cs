using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>One method tried on a logged day, with the immediate evidence of whether it helped.</summary>
public sealed record MethodUse(string Slug, int? PainBefore = null, int? PainAfter = null, MethodEffect? Effect = null);
