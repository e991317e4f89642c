using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

using static MuscleKnotGuide.Tests.Insights.SeekCareGivens;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>
/// All the seek-care rules together: a day's entries combined, no advice when none is due, the most serious first.
/// </summary>
public sealed class SeekCareRulesTests
{
    [Fact]
    public void One_very_severe_entry_among_mild_ones_today_is_not_averaged_away()
    {
        var day = DayFigures.Combine([new DayEntry(Days.Today, 2), new DayEntry(Days.Today, 9), new DayEntry(Days.Today, 2)]).Single();

        day.Pain.Should().Be(4);
        var advice = Evaluate([day]);

        advice.Select(a => a.Heading).Should().Contain(SeekCareRules.GetHelpTodayHeading);
        advice.Single(a => a.Heading == SeekCareRules.GetHelpTodayHeading).Reasons
            .Should().Equal($"You rated your pain 9 out of 10 on {DayText.Full(Days.Today)}.");
    }

    [Fact]
    public void Severe_pain_rules_use_the_days_worst_entry_and_averages_use_the_days_pain()
    {
        var yesterday = DayFigures.Combine([new DayEntry(Days.Ago(1), 7), new DayEntry(Days.Ago(1), 3)]).Single();
        var today = DayFigures.Combine([new DayEntry(Days.Today, 8), new DayEntry(Days.Today, 2)]).Single();

        Headings([yesterday, today]).Should().Contain(SeekCareRules.SeverePainHeading);
        Headings(Days.EndingToday([5, 5])).Should().NotContain(SeekCareRules.SeverePainHeading, "the same days' means alone are moderate");
    }

    [Fact]
    public void No_check_ins_give_no_advice() => Evaluate([]).Should().BeEmpty();

    [Fact]
    public void Mild_steady_pain_gives_no_advice() => Evaluate(Daily(3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2)).Should().BeEmpty();

    [Fact]
    public void Advice_is_listed_most_serious_first()
    {
        var days = Daily(2, 8, 9);
        days[^1] = Days.WithSymptoms(Days.Today, 9, "fever", "chest-pain");

        // Severe pain on 2 of 3 and the jump from 2 to 8 are both "see a doctor".
        Evaluate(days).Select(a => a.Level).Should().Equal(
            SeekCareLevel.Emergency, SeekCareLevel.Urgent, SeekCareLevel.GetHelpToday, SeekCareLevel.SeeDoctor, SeekCareLevel.SeeDoctor);
    }

    [Fact]
    public void Getting_help_today_ranks_between_urgent_and_seeing_a_doctor()
    {
        ((int)SeekCareLevel.GetHelpToday).Should().BeGreaterThan((int)SeekCareLevel.Urgent).And.BeLessThan((int)SeekCareLevel.SeeDoctor);
    }
}
