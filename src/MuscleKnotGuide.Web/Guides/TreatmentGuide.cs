namespace MuscleKnotGuide.Web.Guides;

public enum GuideKind
{
    /// <summary>One of the self-care methods a person can try and log.</summary>
    Method,

    /// <summary>A reading page such as the overview or when to seek care.</summary>
    Page,
}

/// <summary>One Markdown file under content/, parsed and rendered.</summary>
public sealed record TreatmentGuide
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required GuideKind Kind { get; init; }
    public required string Summary { get; init; }
    public required string BodyHtml { get; init; }
    public required string SourceFile { get; init; }

    /// <summary>Position among the methods, 1-based; null for pages.</summary>
    public int? Order { get; init; }

    /// <summary>Default times a day for a self-care plan, where the method has one.</summary>
    public int? HowOftenPerDay { get; init; }

    /// <summary>Default minutes a session, where the method has one.</summary>
    public int? HowLongMinutes { get; init; }

    /// <summary>When to stop a method and get help; shown in a box before the guide's text.</summary>
    public IReadOnlyList<string> StopIf { get; init; } = [];

    public IReadOnlyList<string> Steps { get; init; } = [];
    public IReadOnlyList<string> Cautions { get; init; } = [];

    /// <summary>The pages the guide's medical statements can be checked against.</summary>
    public required IReadOnlyList<GuideSource> Sources { get; init; }

    /// <summary>When a person last checked the guide against its sources.</summary>
    public required DateOnly Reviewed { get; init; }

    public IReadOnlyList<WarningSymptom> WarningSymptoms { get; init; } = [];

    /// <summary>The steps of the method's guided session, one screen each; empty when the method has none.</summary>
    public IReadOnlyList<GuidedStep> GuidedSession { get; init; } = [];

    public bool HasGuidedSession => GuidedSession.Count > 0;

    public bool IsMethod => Kind == GuideKind.Method;
}
