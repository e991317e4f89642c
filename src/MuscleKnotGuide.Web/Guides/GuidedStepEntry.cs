namespace MuscleKnotGuide.Web.Guides;

/// <summary>One step of a guide's <c>guided_session</c> as the front matter writes it.</summary>
internal sealed class GuidedStepEntry
{
    public string? Say { get; set; }
    public string? Picture { get; set; }
    public int? Hold { get; set; }
}
