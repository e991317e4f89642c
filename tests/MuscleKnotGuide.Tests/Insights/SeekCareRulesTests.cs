using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class SeekCareRulesTests
{
    private static readonly WarningSymptom[] Symptoms =
    [
        new("chest-pain", "Chest pain", WarningTier.Emergency),
        new("both-legs", "Pain, weakness or numbness in both legs", WarningTier.Emergency),
        new("fever", "A fever of 38 °C (100.4 °F) or more", WarningTier.Urgent),
        new("night-pain", "Pain that is worse at night or not eased by rest", WarningTier.Urgent),
    ];

    private static IReadOnlyList<SeekCareAdvice> Evaluate(IReadOnlyList<DayEntry> days) => SeekCareRules.Evaluate(days, Symptoms, Days.Today);

    private static string[] Headings(IReadOnlyList<DayEntry> days) => Evaluate(days).Select(a => a.Heading).ToArray();

    /// <summary>Check-ins on consecutive days ending today, oldest first.</summary>
    private static List<DayEntry> Daily(params int[] pains) => Days.EndingToday(pains.Select(p => (int?)p).ToArray());

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

    [Fact]
    public void Moderate_pain_on_14_check_ins_in_28_days_without_improvement_advises_seeing_a_doctor()
    {
        // Every other day over 28 days: 14 check-ins, all 5.
        var days = Enumerable.Range(0, 14).Select(i => new DayEntry(Days.Ago(i * 2), 5)).ToList();

        var advice = Evaluate(days).Should().ContainSingle().Subject;

        advice.Level.Should().Be(SeekCareLevel.SeeDoctor);
        advice.Heading.Should().Be(SeekCareRules.PersistentPainHeading);
        advice.Reasons.Should().Equal(
            "Your average pain over your last 7 check-ins is 5.0 out of 10, against 5.0 over your first 7 check-ins of the last 4 weeks (14 check-ins in all): it has not fallen by 2 points or 30%.");
    }

    [Fact]
    public void Thirteen_check_ins_in_28_days_are_judged_by_their_time_span_instead()
    {
        // Issue 13 changed this rule: fewer than 14 check-ins are no longer ignored but judged by how long they span.
        var days = Enumerable.Range(0, 14).Select(i => new DayEntry(Days.Ago(i * 2), 5)).ToList();
        days[^1] = days[^1] with { Day = Days.Ago(28) };

        Evaluate(days).Should().ContainSingle().Which.Reasons.Should().Equal(
            $"All your 13 check-ins from {DayText.Full(Days.Ago(24))} to {DayText.Full(Days.Today)} (24 days) rated your pain 4 or more, and it has not fallen by 2 points or 30% (5 then, 5 now).");
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(3, false)]
    public void The_last_7_check_ins_must_average_4_or_more(int firstOfLastSeven, bool advised)
    {
        // First 7: all 4 (28). Last 7: one value then six 4s: 28 (average 4.0) or 27 (3.86).
        var days = Daily(4, 4, 4, 4, 4, 4, 4, firstOfLastSeven, 4, 4, 4, 4, 4, 4);

        Headings(days).Contains(SeekCareRules.PersistentPainHeading).Should().Be(advised);
    }

    [Theory]
    [InlineData(6, false)] // 8.0 -> 6.0: down 2.0 points (25%), a meaningful fall
    [InlineData(7, true)] // 8.0 -> 6.14: down 1.86 points (23%), not enough
    public void A_fall_of_2_points_counts_as_improvement_and_less_does_not(int firstOfLastSeven, bool advised)
    {
        var days = Daily(8, 8, 8, 8, 8, 8, 8, firstOfLastSeven, 6, 6, 6, 6, 6, 6);

        Headings(days).Contains(SeekCareRules.PersistentPainHeading).Should().Be(advised);
    }

    [Theory]
    [InlineData(4, false)] // 40 -> 28: down 30% exactly (1.71 points), a meaningful fall
    [InlineData(5, true)] // 40 -> 29: down 27.5% (1.57 points), not enough
    public void A_fall_of_30_percent_counts_as_improvement_and_less_does_not(int firstOfLastSeven, bool advised)
    {
        // Averages of 7 whole numbers move in steps of 1/7, so 27.5% is the nearest a week can fall short of 30%.
        var days = Daily(6, 6, 6, 6, 6, 5, 5, firstOfLastSeven, 4, 4, 4, 4, 4, 4);

        Headings(days).Contains(SeekCareRules.PersistentPainHeading).Should().Be(advised);
    }

    [Fact]
    public void Persistent_pain_compares_the_first_and_last_7_check_ins_of_the_window_ignoring_those_between()
    {
        // 20 check-ins: first 7 all 6 (42), 6 in the middle at 9, last 7 all 5 (35): down 1 point (16.7%). Counting the
        // middle ones with the first 7 would make it a fall of more than 2 points.
        var days = Daily([6, 6, 6, 6, 6, 6, 6, 9, 9, 9, 9, 9, 9, 5, 5, 5, 5, 5, 5, 5]);

        Headings(days).Should().Equal(SeekCareRules.PersistentPainHeading);
    }

    [Theory]
    [InlineData(5, true)] // 3.0 -> 5.0: up 2.0 points
    [InlineData(4, false)] // 3.0 -> 4.86: up 1.86 points
    public void A_rise_of_2_points_over_the_7_check_ins_before_advises_seeing_a_doctor(int firstOfLastSeven, bool advised)
    {
        var days = Daily(3, 3, 3, 3, 3, 3, 3, firstOfLastSeven, 5, 5, 5, 5, 5, 5);

        var worsening = Evaluate(days).Where(a => a.Heading == SeekCareRules.WorseningHeading).ToArray();

        if (advised)
        {
            var advice = worsening.Should().ContainSingle().Subject;
            advice.Level.Should().Be(SeekCareLevel.SeeDoctor, "issue 13: a rise of 2 that ends at 4 or more is no longer 'if it continues'");
            advice.Reasons.Should().Equal("Your average pain over your last 7 check-ins is 5.0 out of 10, up from 3.0 over the 7 before.");
        }
        else
        {
            worsening.Should().BeEmpty();
        }
    }

    [Fact]
    public void Worsening_compares_the_last_7_check_ins_with_the_7_just_before_them()
    {
        // 21 check-ins: 7 at 1, then 7 at 4, then 7 at 5: up 1 point on the 7 before, though 4 on the first 7.
        var days = Daily([1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5]);

        Headings(days).Should().NotContain(SeekCareRules.WorseningHeading);
    }

    [Fact]
    public void Worsening_needs_14_check_ins_in_the_28_day_window()
    {
        var days = Daily(1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5, 5);

        Headings(days).Should().BeEmpty();
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

    [Fact]
    public void Getting_help_today_ranks_between_urgent_and_seeing_a_doctor()
    {
        ((int)SeekCareLevel.GetHelpToday).Should().BeGreaterThan((int)SeekCareLevel.Urgent).And.BeLessThan((int)SeekCareLevel.SeeDoctor);
    }

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
    [InlineData(21, 4, 5, true)]
    [InlineData(20, 4, 5, false)] // spread over 20 days only
    [InlineData(21, 3, 5, false)] // 3 check-ins only
    [InlineData(21, 4, 3, false)] // one check-in below 4
    public void Rare_check_ins_all_at_4_or_more_over_21_days_advise_seeing_a_doctor(int spanDays, int count, int lowest, bool advised)
    {
        // The first check-in spanDays ago, the others today and the days just before; the last but one is the lowest.
        var days = new List<DayEntry> { new(Days.Ago(spanDays), 5) };
        days.AddRange(Enumerable.Range(0, count - 1).Select(i => new DayEntry(Days.Ago(count - 2 - i), i == count - 3 ? lowest : 5)));

        Headings(days).Contains(SeekCareRules.PersistentPainHeading).Should().Be(advised);
    }

    [Theory]
    [InlineData(6, 5, true)] // down 1 point (17%)
    [InlineData(6, 4, false)] // down 2 points
    [InlineData(4, 4, true)]
    public void Rare_check_ins_that_fell_by_2_points_count_as_improvement(int first, int last, bool advised)
    {
        var days = new List<DayEntry> { new(Days.Ago(25), first), new(Days.Ago(18), 5), new(Days.Ago(9), 5), new(Days.Today, last) };

        Headings(days).Contains(SeekCareRules.PersistentPainHeading).Should().Be(advised);
    }

    [Theory]
    [InlineData(4, true)] // 24 / 6 = 4.0
    [InlineData(3, false)] // 23 / 6 = 3.83
    public void An_average_of_4_over_6_weeks_advises_seeing_a_doctor_even_when_improving(int fourth, bool advised)
    {
        // Weekly check-ins falling from 7 to 2: improving, but the 6-week average is 4.
        var days = new List<DayEntry>
        {
            new(Days.Ago(41), 7), new(Days.Ago(34), 5), new(Days.Ago(27), 4), new(Days.Ago(20), fourth), new(Days.Ago(13), 2), new(Days.Ago(6), 2),
        };

        var advice = Evaluate(days);

        if (advised)
        {
            var ceiling = advice.Should().ContainSingle().Subject;
            ceiling.Level.Should().Be(SeekCareLevel.SeeDoctor);
            ceiling.Heading.Should().Be(SeekCareRules.CeilingHeading);
            ceiling.Reasons.Should().Equal("Your average pain over the last 6 weeks is 4.0 out of 10 (6 check-ins).");
        }
        else
        {
            advice.Should().BeEmpty();
        }
    }

    [Fact]
    public void The_ceiling_needs_6_check_ins_within_the_last_6_weeks()
    {
        var days = new List<DayEntry> { new(Days.Ago(42), 7), new(Days.Ago(34), 5), new(Days.Ago(27), 5), new(Days.Ago(20), 5), new(Days.Ago(13), 2), new(Days.Ago(6), 2) };

        Headings(days).Should().NotContain(SeekCareRules.CeilingHeading);
        Headings([new(Days.Ago(41), 7), .. days.Skip(1)]).Should().Contain(SeekCareRules.CeilingHeading);
    }

    [Theory]
    [InlineData(5, true)] // 1.86 -> 4.0: up 2.14 points, ends at 4
    [InlineData(4, false)] // 1.86 -> 3.86: up 2.0 points, but stays below 4
    public void A_rise_that_stays_below_an_average_of_4_is_not_flagged(int firstOfLastSeven, bool advised)
    {
        var days = Daily(2, 2, 2, 2, 2, 2, 1, firstOfLastSeven, 4, 4, 4, 4, 4, 3);

        Headings(days).Contains(SeekCareRules.WorseningHeading).Should().Be(advised);
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
