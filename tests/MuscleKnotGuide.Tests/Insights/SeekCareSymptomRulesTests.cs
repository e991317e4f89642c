using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

using static MuscleKnotGuide.Tests.Insights.SeekCareGivens;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>
/// Seek-care advice from what was ticked: warning symptoms, how often an urgent sign comes back, pain that stops
/// sleep or usual activities.
/// </summary>
public sealed class SeekCareSymptomRulesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void An_emergency_symptom_today_or_in_the_6_days_before_advises_emergency_help(int daysAgo)
    {
        var advice = Evaluate([Days.WithSymptoms(Days.Ago(daysAgo), 2, "chest-pain")]);

        var emergency = advice.Should().ContainSingle().Subject;
        emergency.Level.Should().Be(SeekCareLevel.Emergency);
        emergency.Heading.Should().Be("Call emergency services or go to an emergency department now");
        emergency.Reasons.Should().Equal($"You recorded “Chest pain” on {DayText.Full(Days.Ago(daysAgo))}.");
    }

    [Fact]
    public void An_emergency_symptom_7_days_ago_is_outside_the_window()
    {
        Evaluate([Days.WithSymptoms(Days.Ago(7), 2, "chest-pain", "fever")]).Should().BeEmpty();
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void An_urgent_symptom_in_the_last_7_days_advises_seeing_a_doctor_urgently(int daysAgo, bool advised)
    {
        var advice = Evaluate([Days.WithSymptoms(Days.Ago(daysAgo), 2, "fever")]);

        if (advised)
        {
            advice.Should().ContainSingle().Which.Should().BeEquivalentTo(new
            {
                Level = SeekCareLevel.Urgent,
                Heading = SeekCareRules.UrgentHeading,
                Reasons = new[] { $"You recorded “A fever of 38 °C (100.4 °F) or more” on {DayText.Full(Days.Ago(daysAgo))}." },
            });
        }
        else
        {
            advice.Should().BeEmpty();
        }
    }

    [Fact]
    public void Each_symptom_is_one_reason_naming_every_day_it_was_recorded()
    {
        var advice = Evaluate(
        [
            Days.WithSymptoms(Days.Ago(5), 2, "both-legs"),
            Days.WithSymptoms(Days.Ago(3), 2, "chest-pain", "both-legs"),
        ]);

        advice.Single().Reasons.Should().Equal(
            $"You recorded “Chest pain” on {DayText.Full(Days.Ago(3))}.",
            $"You recorded “Pain, weakness or numbness in both legs” on {DayText.Full(Days.Ago(5))} and {DayText.Full(Days.Ago(3))}.");
    }

    [Fact]
    public void Unknown_symptom_codes_are_ignored() => Evaluate([Days.WithSymptoms(Days.Today, 2, "made-up")]).Should().BeEmpty();

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Night_pain_on_3_of_the_last_7_check_ins_escalates_and_says_how_often(int nights, bool escalated)
    {
        // 7 check-ins every other day; night pain on the oldest ones, so most are outside the 7-day symptom window.
        var days = Enumerable.Range(0, 7)
            .Select(i => i < nights ? Days.WithSymptoms(Days.Ago(12 - (i * 2)), 2, "night-pain") : new DayEntry(Days.Ago(12 - (i * 2)), 2))
            .ToList();

        var advice = Evaluate(days);

        if (escalated)
        {
            var urgent = advice.Should().ContainSingle().Subject;
            urgent.Level.Should().Be(SeekCareLevel.Urgent);
            urgent.Heading.Should().Be(SeekCareRules.RepeatedUrgentHeading);
            urgent.Reasons.Should().Equal("You recorded “Pain that is worse at night or not eased by rest” on 3 of your last 7 check-ins.");
        }
        else
        {
            advice.Should().BeEmpty("both nights are more than 7 days ago and only 2 of the last 7 check-ins");
        }
    }

    [Fact]
    public void An_urgent_sign_before_the_last_7_check_ins_does_not_count_towards_how_often()
    {
        var days = Daily(2, 2, 2, 2, 2, 2, 2, 2);
        days[0] = Days.WithSymptoms(days[0].Day, 2, "fever");
        days[1] = Days.WithSymptoms(days[1].Day, 2, "fever");
        days[2] = Days.WithSymptoms(days[2].Day, 2, "fever");

        Headings(days).Should().Equal(SeekCareRules.UrgentHeading);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Pain_stopping_sleep_on_3_of_the_last_7_check_ins_advises_seeing_a_doctor(int nights, bool advised)
    {
        var days = Daily(2, 2, 2, 2, 2, 2, 2).Select((d, i) => d with { StoppedSleeping = i < nights }).ToList();

        var advice = Evaluate(days);

        if (advised)
        {
            var dailyLife = advice.Should().ContainSingle().Subject;
            dailyLife.Level.Should().Be(SeekCareLevel.SeeDoctor);
            dailyLife.Heading.Should().Be(SeekCareRules.DailyLifeHeading);
            dailyLife.Reasons.Should().Equal("Pain stopped you sleeping on 3 of your last 7 check-ins.");
        }
        else
        {
            advice.Should().BeEmpty();
        }
    }

    [Fact]
    public void Pain_stopping_usual_activities_counts_only_the_last_7_check_ins()
    {
        var days = Daily(2, 2, 2, 2, 2, 2, 2, 2).Select((d, i) => d with { StoppedActivities = i < 3 ? true : null }).ToList();

        Headings(days).Should().BeEmpty("the first of the 3 is the 8th check-in from the end");
        days[^1] = days[^1] with { StoppedActivities = true };
        Evaluate(days).Should().ContainSingle().Which.Reasons.Should().Equal("Pain stopped your usual activities on 3 of your last 7 check-ins.");
    }
}
