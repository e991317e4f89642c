namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>A checked method row of a check-in, ready to store as a <see cref="MethodTried"/>.</summary>
public sealed record MethodTriedValues(string Slug, int? Minutes, int? PainBefore, int? PainAfter, MethodEffect? Effect);
