namespace MuscleKnotGuide.Web.Guides;

/// <summary>A guide's YAML front matter as YamlDotNet reads it (underscored names), before <see cref="GuideParser"/> checks it.</summary>
internal sealed class GuideFrontMatter
{
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Kind { get; set; }
    public string? Summary { get; set; }
    public int? Order { get; set; }
    public int? HowOften { get; set; }
    public int? HowLong { get; set; }
    public List<string>? StopIf { get; set; }
    public List<string>? Steps { get; set; }
    public List<string>? Cautions { get; set; }
    public List<SymptomEntry>? EmergencySymptoms { get; set; }
    public List<SymptomEntry>? UrgentSymptoms { get; set; }
    public List<SourceEntry>? Sources { get; set; }
    public string? Reviewed { get; set; }
    public List<GuidedStepEntry>? GuidedSession { get; set; }
}
