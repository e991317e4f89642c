using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

using static MuscleKnotGuide.Tests.Insights.SeekCareGivens;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>Seek-care advice from severe pain: very severe today, severe on recent check-ins, a sudden jump.</summary>
public sealed class SeekCareSeverePainTests
{
    [Fact]
    public void Latest_pain_of_6_gives_no_severe_pain_advice() => Headings(Daily(6)).Should().BeEmpty();

    [Fact]
    public void Latest_pain_of_7_advises_seeing_a_doctor_if_it_does_not_ease()
    {
        var advice = Evaluate(Daily(5, 6, 7)).Should().ContainSingle().Subject;

        advice.Level.Should().Be(SeekCareLevel.SeeDoctorIfContinues);
        advice.Heading.Should().Be(SeekCareRules.SeverePainIfContinuesHeading);
        advice.Message.Should().Contain("does not ease within a few days of self-care");
        advice.Reasons.Should().Equal($"Your latest check-in, on {DayText.Full(Days.Today)}, rated your pain 7 out of 10 (severe).");
    }

    [Fact]
    public void Severe_pain_on_two_of_the_last_three_check_ins_advises_seeing_a_doctor()
    {
        var advice = Evaluate(Daily(7, 5, 7)).Should().ContainSingle().Subject;

        advice.Level.Should().Be(SeekCareLevel.SeeDoctor);
        advice.Heading.Should().Be(SeekCareRules.SeverePainHeading);
        advice.Reasons.Should().Equal(
            $"Your pain was severe (7 or more out of 10) on 2 of your last 3 check-ins: 7 on {DayText.Full(Days.Ago(2))}; 7 on {DayText.Full(Days.Today)}.");
    }

    [Fact]
    public void Severe_pain_counts_the_last_three_check_ins_even_across_days_not_logged()
    {
        var days = new List<DayEntry> { new(Days.Ago(20), 8), new(Days.Ago(9), 2), new(Days.Ago(4), 9) };

        Headings(days).Should().Equal(SeekCareRules.SeverePainHeading);
    }

    [Fact]
    public void Severe_pain_of_6_on_the_other_check_ins_is_not_two_of_three()
    {
        Headings(Daily(7, 6, 6)).Should().BeEmpty();
        Headings(Daily(6, 6, 7)).Should().Equal(SeekCareRules.SeverePainIfContinuesHeading);
        Headings(Daily(7, 7, 6)).Should().ContainSingle().Which.Should().Be(SeekCareRules.SeverePainHeading, "a latest 6 does not cancel two severe days out of three");
    }

    [Fact]
    public void Check_ins_older_than_the_28_day_window_are_not_counted()
    {
        Headings([new(Days.Ago(28), 9), new(Days.Ago(29), 9)]).Should().BeEmpty();
        Headings([new(Days.Ago(27), 9)]).Should().Equal(SeekCareRules.SeverePainIfContinuesHeading);
    }

    [Theory]
    [InlineData(0, 9, true)]
    [InlineData(1, 10, true)]
    [InlineData(0, 8, false)]
    [InlineData(2, 9, false)]
    public void Pain_of_9_or_10_today_or_yesterday_advises_getting_help_today(int daysAgo, int pain, bool advised)
    {
        var advice = Evaluate([new(Days.Ago(daysAgo), pain)]).Where(a => a.Level == SeekCareLevel.GetHelpToday).ToArray();

        if (advised)
        {
            advice.Should().ContainSingle().Which.Should().BeEquivalentTo(new
            {
                Heading = SeekCareRules.GetHelpTodayHeading,
                Reasons = new[] { $"You rated your pain {pain} out of 10 on {DayText.Full(Days.Ago(daysAgo))}." },
            });
        }
        else
        {
            advice.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData(4, 3, 7, 0, true)]
    [InlineData(5, 3, 7, 0, false)] // up 2 points only
    [InlineData(3, 3, 6, 0, false)] // ends at 6
    [InlineData(4, 4, 7, 0, false)] // 4 days apart
    [InlineData(4, 3, 7, 6, true)] // the jump ended 6 days ago
    [InlineData(4, 3, 7, 7, false)] // the jump ended 7 days ago
    public void A_jump_of_3_points_within_3_days_to_7_or_more_advises_seeing_a_doctor(int before, int daysBetween, int after, int endedDaysAgo, bool advised)
    {
        var days = new List<DayEntry> { new(Days.Ago(endedDaysAgo + daysBetween), before), new(Days.Ago(endedDaysAgo), after) };

        var worsening = Evaluate(days).Where(a => a.Heading == SeekCareRules.WorseningHeading).ToArray();

        if (advised)
        {
            var advice = worsening.Should().ContainSingle().Subject;
            advice.Level.Should().Be(SeekCareLevel.SeeDoctor);
            advice.Reasons.Should().Equal(
                $"Your pain jumped from {before} on {DayText.Full(Days.Ago(endedDaysAgo + daysBetween))} to {after} on {DayText.Full(Days.Ago(endedDaysAgo))}.");
        }
        else
        {
            worsening.Should().BeEmpty();
        }
    }
}
