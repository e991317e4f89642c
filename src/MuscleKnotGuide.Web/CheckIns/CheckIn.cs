namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>One person's record of one calendar day: how the back felt and what they tried.</summary>
public sealed class CheckIn
{
    public const int NotesMaxLength = 2000;

    public int Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The person's own calendar day, not a UTC instant.</summary>
    public DateOnly Day { get; set; }

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
