namespace MuscleKnotGuide.Web.Plans;

public sealed record SheetMethod(
    string Slug,
    string Title,
    string Schedule,
    bool IsLabelDirected,
    int? Minutes,
    IReadOnlyList<TimeOnly> TimesOfDay,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Cautions);
