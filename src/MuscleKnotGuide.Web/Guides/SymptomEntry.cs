namespace MuscleKnotGuide.Web.Guides;

/// <summary>One warning symptom (<c>code</c> and <c>label</c>) as when-to-seek-care.md's front matter writes it.</summary>
internal sealed class SymptomEntry
{
    public string? Code { get; set; }
    public string? Label { get; set; }
}
