namespace MuscleKnotGuide.Web.Guides;

/// <summary>One item of a guide's <c>sources</c> as the front matter writes it.</summary>
internal sealed class SourceEntry
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}
