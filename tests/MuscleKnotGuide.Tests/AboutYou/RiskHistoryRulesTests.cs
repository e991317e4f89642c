using MuscleKnotGuide.Tests.Insights;
using MuscleKnotGuide.Web.AboutYou;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.AboutYou;

public sealed class RiskHistoryRulesTests
{
    private static RiskHistory History(Action<RiskHistory>? set = null)
    {
        var history = new RiskHistory { UserId = "u" };
        set?.Invoke(history);
        return history;
    }

    private static DayEntry AfterFall(int daysAgo, bool? fall = true) => new(Days.Ago(daysAgo), 3, [], [], AfterFallOrInjury: fall);

    private static IReadOnlyList<SeekCareAdvice> Evaluate(RiskHistory? history, params DayEntry[] days) => RiskHistoryRules.Evaluate(history, days, Days.Today);

    [Fact]
    public void No_history_or_nothing_ticked_gives_no_advice()
    {
        Evaluate(null).Should().BeEmpty();
        Evaluate(History()).Should().BeEmpty();
        Evaluate(History(h => h.AgeBand = AgeBand.From20To49)).Should().BeEmpty();
    }

    [Fact]
    public void A_history_of_cancer_advises_a_doctor_the_same_or_next_day()
    {
        var advice = Evaluate(History(h => h.Cancer = true)).Should().ContainSingle().Subject;

        advice.Level.Should().Be(SeekCareLevel.Urgent);
        advice.Heading.Should().Be("Self-care alone is not enough for you: see a doctor");
        advice.Reasons.Should().ContainSingle().Which.Should().Contain("the same day or the next day");
    }

    [Theory]
    [InlineData(nameof(RiskHistory.WeakenedImmunity), "a weakened immune system")]
    [InlineData(nameof(RiskHistory.InjectingDrugs), "injecting drugs")]
    [InlineData(nameof(RiskHistory.RecentInfectionOrSurgery), "a recent infection or operation")]
    public void Each_infection_risk_advises_a_doctor_within_a_few_days(string item, string words)
    {
        var history = History();
        typeof(RiskHistory).GetProperty(item)!.SetValue(history, true);

        var advice = Evaluate(history).Should().ContainSingle().Subject;

        advice.Level.Should().Be(SeekCareLevel.SeeDoctor);
        advice.Reasons.Should().ContainSingle().Which.Should().Contain(words).And.Contain("within a few days").And.Contain("fever");
    }

    [Fact]
    public void Osteoporosis_advises_a_doctor_within_a_few_days_and_steroids_name_both_risks()
    {
        Evaluate(History(h => h.Osteoporosis = true)).Single().Reasons.Should().ContainSingle().Which.Should().Contain("broken bone in the spine");
        Evaluate(History(h => h.LongTermSteroids = true)).Single().Reasons.Should().HaveCount(2, "steroid tablets weaken the immune system and the bones");
    }

    [Theory]
    [InlineData(AgeBand.Under20, true, true)]
    [InlineData(AgeBand.From20To49, true, false)]
    [InlineData(AgeBand.From50, true, true)]
    [InlineData(AgeBand.From50, false, false)]
    [InlineData(AgeBand.From50, null, false)]
    public void New_pain_under_20_or_at_50_or_over_advises_a_doctor_soon(AgeBand band, bool? newPain, bool advised)
    {
        var advice = Evaluate(History(h => (h.AgeBand, h.NewPain) = (band, newPain)));

        if (advised)
        {
            advice.Should().ContainSingle().Which.Level.Should().Be(SeekCareLevel.SeeDoctor);
        }
        else
        {
            advice.Should().BeEmpty();
        }
    }

    [Fact]
    public void Several_items_take_the_level_of_the_most_urgent_and_list_each()
    {
        var advice = Evaluate(History(h => (h.Cancer, h.Osteoporosis) = (true, true))).Should().ContainSingle().Subject;

        advice.Level.Should().Be(SeekCareLevel.Urgent);
        advice.Reasons.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void A_fall_in_the_last_7_days_with_osteoporosis_is_an_emergency(int daysAgo, bool emergency)
    {
        var advice = Evaluate(History(h => h.Osteoporosis = true), AfterFall(daysAgo));

        advice.Any(a => a.Level == SeekCareLevel.Emergency && a.Heading == RiskHistoryRules.FallHeading).Should().Be(emergency);
    }

    [Fact]
    public void A_fall_on_long_term_steroids_is_an_emergency_too()
    {
        var advice = Evaluate(History(h => h.LongTermSteroids = true), AfterFall(1));

        advice[0].Level.Should().Be(SeekCareLevel.Emergency);
        advice[0].Reasons.Should().ContainSingle().Which.Should().Contain("take steroid tablets long-term");
    }

    [Fact]
    public void A_fall_without_fragile_bones_or_a_check_in_without_a_fall_is_not_an_emergency()
    {
        Evaluate(History(h => h.Cancer = true), AfterFall(0)).Should().NotContain(a => a.Level == SeekCareLevel.Emergency);
        Evaluate(History(h => h.Osteoporosis = true), AfterFall(0, fall: false), AfterFall(1, fall: null))
            .Should().NotContain(a => a.Level == SeekCareLevel.Emergency);
    }
}
