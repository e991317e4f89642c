using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>The few figures the home page shows a signed-in person: latest pain, this week against last, any advice.</summary>
public sealed record InsightsGlance(InsightsSummary Summary, IReadOnlyList<SeekCareAdvice> Advice)
{
    public static InsightsGlance Build(IReadOnlyList<DayEntry> days, DateOnly today, GuideLibrary library) => new(
        InsightsSummary.Build(days, today, InsightsRange.Default),
        SeekCareRules.Evaluate(days, library.WarningSymptoms, today));

    /// <summary>One SQL query: the default range's window covers the weeks compared and the seek-care rules.</summary>
    public static async Task<InsightsGlance> LoadAsync(DiaryDbContext db, string userId, DateOnly today, GuideLibrary library, CancellationToken cancellationToken) =>
        Build(await InsightsQuery.LoadAsync(db, userId, today, InsightsRange.Default, cancellationToken), today, library);
}
