namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// One entry in a person's diary: how the back felt at a moment of a calendar day and what they tried.
/// A day may hold several entries (up to <see cref="CheckInRules.MaxEntriesPerDay"/>); how they add up to the day's
/// figures is <see cref="DayFigures"/>.
/// </summary>
public sealed class CheckIn
{
    public const int NotesMaxLength = 2000;

    public int Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The person's own calendar day, not a UTC instant.</summary>
    public DateOnly Day { get; set; }

    /// <summary>
    /// The time of day on the person's own clock (their time zone when they logged it), to the minute. Stored as a
    /// wall-clock time beside <see cref="Day"/>, not as a UTC instant, so an entry keeps the day and time the person
    /// saw even if they later change time zone. Null for entries from before times were recorded (migrated or
    /// imported from a version 1 file).
    /// </summary>
    public TimeOnly? Time { get; set; }

    /// <summary>Numeric rating scale 0-10 (NRS-11): 0 no pain, 10 the worst pain imaginable.</summary>
    public int PainLevel { get; set; }

    /// <summary>Stiffness or restricted movement 0-10; null when not recorded.</summary>
    public int? Stiffness { get; set; }

    public BackAreas Areas { get; set; }

    /// <summary>Codes of the warning symptoms ticked, from when-to-seek-care.md.</summary>
    public List<string> WarningSymptoms { get; set; } = [];

    public string? Notes { get; set; }

    /// <summary>"Did pain stop you sleeping?" yes / no; null when not answered.</summary>
    public bool? StoppedSleeping { get; set; }

    /// <summary>"Did pain stop your usual activities today?" yes / no; null when not answered.</summary>
    public bool? StoppedActivities { get; set; }

    /// <summary>"Did this start after a fall or injury?" yes / no; null when not answered.</summary>
    public bool? AfterFallOrInjury { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<MethodTried> Methods { get; set; } = [];
}
