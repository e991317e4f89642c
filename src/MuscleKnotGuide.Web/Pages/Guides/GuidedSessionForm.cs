namespace MuscleKnotGuide.Web.Pages.Guides;

/// <summary>What a finished guided session posts, as typed: the page turns it into a method try or a message.</summary>
public sealed class GuidedSessionForm
{
    public string? PainBefore { get; set; }

    public string? PainAfter { get; set; }

    public string? Minutes { get; set; }
}
