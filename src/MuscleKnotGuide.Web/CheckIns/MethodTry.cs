namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// One finished try of a method, as a guided session reports it: who, which method, how many minutes,
/// the pain before and after (each optional), the person's calendar day and the moment it ended.
/// </summary>
public sealed record MethodTry(string UserId, string MethodSlug, int Minutes, int? PainBefore, int? PainAfter, DateOnly Day, DateTimeOffset At);
