using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// Methods that went with lower pain for this person, to offer when they build a plan.
/// The rule, kept simple and explainable: tried on at least 3 days, and either pain was on average at least
/// 1 point lower afterwards (a 1-point change on the 0-10 scale is about the smallest a person notices), or they
/// rated it as helping on at least half of the days they rated it. Medication is never suggested.
/// These are the insights' own marks (<see cref="WhatHelped"/>: a suggestion is a method whose own evidence is "helped"),
/// listed in the same order the insights rank those methods, so the plan page and "What helped" never disagree.
/// </summary>
public static class PlanSuggestions
{
    public const int MinimumDaysTried = WhatHelped.MinimumTries;
    public const decimal MinimumAverageRelief = WhatHelped.HelpedRelief;
    public const decimal MinimumHelpedShare = WhatHelped.HelpedShareMark;

    public static IReadOnlyList<PlanSuggestion> From(IReadOnlyList<MethodFigure> figures, GuideLibrary library) => figures
        .Where(f => f.DaysTried >= MinimumDaysTried)
        .Where(f => f.AverageRelief >= MinimumAverageRelief || f.HelpedShare >= MinimumHelpedShare)
        .Select(f => (Figure: f, Method: library.FindMethod(f.Slug)))
        .Where(x => x.Method is not null && !LabelDirected.Is(x.Method))
        .OrderByDescending(x => x.Figure.AverageRelief is not null)
        .ThenByDescending(x => x.Figure.AverageRelief ?? 0m)
        .ThenByDescending(x => x.Figure.HelpedShare is not null)
        .ThenByDescending(x => x.Figure.HelpedShare ?? 0m)
        .ThenBy(x => x.Method!.Order)
        .Select(x => new PlanSuggestion(x.Method!.Slug, x.Method.Title, Reason(x.Figure)))
        .ToArray();

    private static string Reason(MethodFigure figure)
    {
        var reasons = new List<string>();
        if (figure.AverageRelief >= MinimumAverageRelief)
        {
            reasons.Add($"your pain was on average {NumberText.Points(figure.AverageRelief.Value)} lower afterwards");
        }

        if (figure.HelpedShare >= MinimumHelpedShare)
        {
            reasons.Add($"you said it helped on {NumberText.Percent(figure.HelpedShare.Value)} of the days you rated it");
        }

        return $"You tried it on {figure.DaysTried} days, and {string.Join(", and ", reasons)}.";
    }
}
