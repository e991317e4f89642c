namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// One finished try of a method, as a guided session or "I just did this" reports it: who, which method, how many
/// minutes (optional), the pain before and after (at least one), and when on the person's own clock it ended.
/// It becomes a diary entry of its own (a <see cref="CheckIn"/> holding one <see cref="MethodTried"/>).
/// </summary>
public sealed record MethodTry(string UserId, string MethodSlug, int? Minutes, int? PainBefore, int? PainAfter, DateOnly Day, TimeOnly Time, DateTimeOffset At);
