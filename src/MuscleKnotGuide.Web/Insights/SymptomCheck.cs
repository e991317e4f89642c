namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The person's answer to "Did you get this checked?" about a warning symptom recorded more than 7 days ago: yes
/// retires the advice, "not yet" keeps it. It answers for every time the symptom was recorded up to <see cref="UpToDay"/>;
/// recording it again later asks again. One row per person and symptom code.
/// </summary>
public sealed class SymptomCheck
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string SymptomCode { get; set; }

    /// <summary>The latest day the symptom was recorded when the person answered.</summary>
    public DateOnly UpToDay { get; set; }

    /// <summary>True: a doctor has checked it. False: not yet.</summary>
    public bool Checked { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}
