using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;

using static MuscleKnotGuide.Tests.Insights.SeekCareGivens;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>
/// Seek-care advice from pain that lasts: no improvement within a few weeks, a ceiling over 6 weeks, a steady rise.
/// </summary>
public sealed class SeekCareLastingPainTests
{
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
}
