using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Web.Home;

/// <summary>The latest saved plan as the home page names it: its id, and its next session.</summary>
public sealed record DashboardPlan(int Id, PlanNextSession Next, IReadOnlyList<string> NextTitles);

/// <summary>
/// What a signed-in person sees first: whether today is logged, their run of logged days, the latest seek-care
/// advice, how their back has been lately, and their latest saved plan's next session.
/// </summary>
public sealed record HomeDashboard(DateOnly Today, bool LoggedToday, InsightsGlance Glance, DashboardPlan? Plan, bool AskAboutYou = false)
{
    public int CurrentRun => Glance.Summary.CurrentRun;

    /// <summary>
    /// Three SQL queries whatever the diary's size (<see cref="InsightsQuery.LoadHistoryAsync"/>: the insights window
    /// with its methods, and the person's row with the kept run, history and symptom answers; then the most recent
    /// saved plan with its methods), four for a diary whose run must be searched.
    /// </summary>
    public static async Task<HomeDashboard> LoadAsync(
        DiaryDbContext db, string userId, string timeZoneId, TimeProvider clock, GuideLibrary library, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime;
        var today = DateOnly.FromDateTime(now);

        var history = await InsightsQuery.LoadHistoryAsync(db, userId, today, InsightsRange.Default, cancellationToken);
        // Ids grow with each new plan, so the highest is the most recently saved (SQLite cannot order by DateTimeOffset).
        var plan = await db.PlansOf(userId)
            .AsNoTracking()
            .Include(p => p.Methods)
            .OrderByDescending(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);

        var glance = new InsightsGlance(
            InsightsSummary.Build(history.Days, today, InsightsRange.Default, history.RunStart),
            history.Care.Advice(history.Days, library.WarningSymptoms, today));
        DashboardPlan? dashboardPlan = null;
        if (plan is not null)
        {
            var next = PlanNextSession.Find(plan, now);
            // In the guides' order, the same order the plan sheet lists its methods in.
            var titles = (next.MethodSlugs ?? [])
                .Select(slug => library.FindMethod(slug))
                .OfType<TreatmentGuide>()
                .OrderBy(m => m.Order)
                .Select(m => m.Title)
                .ToArray();
            dashboardPlan = new DashboardPlan(plan.Id, next, titles);
        }

        return new HomeDashboard(today, history.Days.Any(d => d.Day == today), glance, dashboardPlan, AskAboutYou: history.Care.Risk is null);
    }
}
