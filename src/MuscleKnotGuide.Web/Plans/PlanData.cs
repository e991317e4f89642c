using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>The plan pages' reads, always through the person's own scope.</summary>
public static class PlanData
{
    /// <summary>How far back suggestions look: recent enough to reflect how the back is now.</summary>
    public const int SuggestionWindowDays = 90;

    public static Task<SavedPlan?> FindPlanAsync(this DiaryDbContext db, string userId, int id, CancellationToken cancellationToken) =>
        db.PlansOf(userId).Include(p => p.Methods).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The insights' trend over the plan's recent-pain window, so the printed plan shows the same chart.</summary>
    public static async Task<PainTrend> RecentTrendAsync(this DiaryDbContext db, string userId, DateOnly today, CancellationToken cancellationToken)
    {
        var days = await InsightsQuery.LoadAsync(db, userId, today, PlanSheet.RecentPainDays, cancellationToken);
        return PainTrend.Build(days, today, PlanSheet.RecentPainDays);
    }

    public static async Task<IReadOnlyList<PlanSuggestion>> SuggestionsAsync(
        this DiaryDbContext db, string userId, DateOnly today, GuideLibrary library, CancellationToken cancellationToken)
    {
        // The same what-helped figures the insights page shows, so the plan never disagrees with it.
        var days = await InsightsQuery.LoadAsync(db, userId, today, SuggestionWindowDays, cancellationToken);
        var methods = library.Methods.Select(m => new MethodName(m.Slug, m.Title)).ToArray();
        var figures = WhatHelped.Build(days, today, SuggestionWindowDays, methods).Methods
            .Where(m => m.DaysTried > 0)
            .Select(m => new MethodFigure(m.Method.Slug, m.DaysTried, m.AverageRelief, m.HelpedShare))
            .ToArray();
        return PlanSuggestions.From(figures, library);
    }
}
