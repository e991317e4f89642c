using System.Globalization;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// Methods that went with lower pain for this person, to offer when they build a plan.
/// The rule, kept simple and explainable: tried on at least 3 days, and either pain was on average at least
/// 1 point lower afterwards (a 1-point change on the 0-10 scale is about the smallest a person notices), or they
/// rated it as helping on at least half of the days they rated it. Medication is never suggested.
/// </summary>
public static class PlanSuggestions
{
    public const int MinimumDaysTried = 3;
    public const decimal MinimumAverageRelief = 1m;
    public const decimal MinimumHelpedShare = 0.5m;

    public static IReadOnlyList<PlanSuggestion> From(IReadOnlyList<MethodFigure> figures, GuideLibrary library) => figures
        .Where(f => f.DaysTried >= MinimumDaysTried)
        .Where(f => f.AverageRelief >= MinimumAverageRelief || f.HelpedShare >= MinimumHelpedShare)
        .Select(f => (Figure: f, Method: library.FindMethod(f.Slug)))
        .Where(x => x.Method is not null && !LabelDirected.Is(x.Method))
        .OrderByDescending(x => x.Figure.AverageRelief ?? 0m)
        .ThenByDescending(x => x.Figure.HelpedShare ?? 0m)
        .ThenBy(x => x.Method!.Order)
        .Select(x => new PlanSuggestion(x.Method!.Slug, x.Method.Title, Reason(x.Figure)))
        .ToArray();

    private static string Reason(MethodFigure figure)
    {
        var reasons = new List<string>();
        if (figure.AverageRelief >= MinimumAverageRelief)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"your pain was on average {figure.AverageRelief:0.#} {(figure.AverageRelief == 1m ? "point" : "points")} lower afterwards"));
        }

        if (figure.HelpedShare >= MinimumHelpedShare)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"you said it helped on {figure.HelpedShare * 100:0}% of the days you rated it"));
        }

        return $"You tried it on {figure.DaysTried} days, and {string.Join(", and ", reasons)}.";
    }
}
