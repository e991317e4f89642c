namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// One row of <see cref="CheckInsWithMethods"/>' flat LEFT JOIN: a check-in's shown columns and one of its methods'
/// (a null slug: no methods; always null when a long range reads the check-ins alone). Flat values, not a
/// <see cref="CheckIn"/>: the check-in is built once from its first row, not once for every method it has.
/// </summary>
public sealed class CheckInWithMethodRow
{
    public int Id { get; init; }

    public DateOnly Day { get; init; }

    public TimeOnly? Time { get; init; }

    public int PainLevel { get; init; }

    public BackAreas Areas { get; init; }

    /// <summary>Null when the entry has none.</summary>
    public List<string>? WarningSymptoms { get; init; }

    public string? Notes { get; init; }

    public bool? StoppedSleeping { get; init; }

    public bool? StoppedActivities { get; init; }

    public bool? AfterFallOrInjury { get; init; }

    public string? MethodSlug { get; init; }

    public int? PainBefore { get; init; }

    public int? PainAfter { get; init; }

    public MethodEffect? Effect { get; init; }
}
