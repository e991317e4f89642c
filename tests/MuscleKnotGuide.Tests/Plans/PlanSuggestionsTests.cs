using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.Plans;

public sealed class PlanSuggestionsTests
{
    private static readonly DateOnly Day1 = new(2026, 11, 1);

    private static CheckIn[] DaysOf(params (string Slug, int Before, int After, MethodEffect Effect)[][] days) =>
        days.Select((methods, i) => CheckIn("me", Day1.AddDays(i), 5, methods.Select(m => Tried(m.Slug, m.Before, m.After, m.Effect)).ToArray()))
            .ToArray();

    [Fact]
    public void Figures_average_before_minus_after_and_count_helped_ratings()
    {
        var checkIns = DaysOf(
            [("stretching", 6, 4, MethodEffect.HelpedALot)],
            [("stretching", 5, 4, MethodEffect.HelpedALittle)],
            [("stretching", 5, 5, MethodEffect.NoChange)],
            [("stretching", 7, 4, MethodEffect.MadeWorse)]);

        var figure = MethodFigures.From(checkIns).Should().ContainSingle().Subject;

        figure.Should().Be(new MethodFigure("stretching", 4, 1.5m, 0.5m));
    }

    [Fact]
    public void A_method_tried_on_three_days_that_lowered_pain_by_a_point_is_suggested_with_its_reason()
    {
        var checkIns = DaysOf(
            [("heat-therapy", 6, 4, MethodEffect.NoChange)],
            [("heat-therapy", 6, 5, MethodEffect.NoChange)],
            [("heat-therapy", 5, 5, MethodEffect.NoChange)]);

        var suggestion = PlanSuggestions.From(MethodFigures.From(checkIns), Library).Should().ContainSingle().Subject;

        suggestion.Slug.Should().Be("heat-therapy");
        suggestion.Reason.Should().Be("You tried it on 3 days, and your pain was on average 1.0 points lower afterwards.");
    }

    [Fact]
    public void Two_tries_or_too_little_relief_is_not_enough_to_suggest()
    {
        var twoTries = DaysOf([("foam-rolling", 8, 2, MethodEffect.HelpedALot)], [("foam-rolling", 8, 2, MethodEffect.HelpedALot)]);
        var littleRelief = DaysOf(
            [("massage-therapy", 5, 5, MethodEffect.NoChange)],
            [("massage-therapy", 5, 4, MethodEffect.HelpedALittle)],
            [("massage-therapy", 5, 5, MethodEffect.MadeWorse)]);

        PlanSuggestions.From(MethodFigures.From(twoTries), Library).Should().BeEmpty();
        PlanSuggestions.From(MethodFigures.From(littleRelief), Library).Should().BeEmpty();
    }

    [Fact]
    public void Pain_medication_is_never_suggested_however_well_it_went()
    {
        var checkIns = Enumerable.Range(0, 10)
            .Select(i => CheckIn("me", Day1.AddDays(i), 5,
                Tried(LabelDirected.PainMedicationSlug, 9, 1, MethodEffect.HelpedALot),
                Tried("stretching", 6, 4, MethodEffect.HelpedALot)))
            .ToArray();

        var suggestions = PlanSuggestions.From(MethodFigures.From(checkIns), Library);

        suggestions.Select(s => s.Slug).Should().Equal("stretching");
        PlanSuggestions.From([new MethodFigure(LabelDirected.PainMedicationSlug, 30, 8m, 1m)], Library).Should().BeEmpty();
    }
}
