using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>One chosen method as the printed plan shows it: schedule, how-to, cautions and the guide's pictures.</summary>
public sealed record SheetMethod(
    string Slug,
    string Title,
    string Schedule,
    bool IsLabelDirected,
    int? Minutes,
    IReadOnlyList<TimeOnly> TimesOfDay,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Cautions,
    IReadOnlyList<GuidePicture> Pictures)
{
    /// <summary>Tick boxes a day on the tracking grid: one per planned session; one for "if needed" medication.</summary>
    public int Sessions => IsLabelDirected ? 1 : Math.Max(1, TimesOfDay.Count);
}
