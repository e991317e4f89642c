using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

public sealed class SymptomFollowUpTests
{
    private static readonly WarningSymptom[] Symptoms =
    [
        new("chest-pain", "Chest pain", WarningTier.Emergency),
        new("fever", "A fever of 38 °C (100.4 °F) or more", WarningTier.Urgent),
    ];

    private static IReadOnlyList<SeekCareAdvice> Evaluate(IReadOnlyList<DayEntry> days, params SymptomCheck[] checks) =>
        SymptomFollowUp.Evaluate(days, Symptoms, checks, Days.Today);

    private static SymptomCheck Answer(string code, int upToDaysAgo, bool isChecked) =>
        new() { UserId = "u", SymptomCode = code, UpToDay = Days.Ago(upToDaysAgo), Checked = isChecked };

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(41, true)]
    [InlineData(42, false)]
    public void A_symptom_older_than_7_days_is_followed_up_until_the_rules_look_back_ends(int daysAgo, bool followedUp)
    {
        var advice = Evaluate([Days.WithSymptoms(Days.Ago(daysAgo), 2, "fever")]);

        if (followedUp)
        {
            var followUp = advice.Should().ContainSingle().Subject;
            followUp.Level.Should().Be(SeekCareLevel.Urgent);
            followUp.Heading.Should().Be(SymptomFollowUp.Heading);
            followUp.Asks.Should().ContainSingle().Which.Should().Be(new SymptomQuestion("fever", Symptoms[1].Label, Days.Ago(daysAgo)));
        }
        else
        {
            advice.Should().BeEmpty();
        }
    }

    [Fact]
    public void A_symptom_recorded_again_within_the_7_days_is_left_to_the_warning_symptom_rules()
    {
        Evaluate([Days.WithSymptoms(Days.Ago(20), 2, "fever"), Days.WithSymptoms(Days.Ago(3), 2, "fever")]).Should().BeEmpty();
    }

    [Fact]
    public void Yes_retires_the_advice()
    {
        Evaluate([Days.WithSymptoms(Days.Ago(10), 2, "chest-pain")], Answer("chest-pain", 10, isChecked: true)).Should().BeEmpty();
    }

    [Fact]
    public void Not_yet_keeps_the_advice_without_asking_again()
    {
        var advice = Evaluate([Days.WithSymptoms(Days.Ago(10), 2, "chest-pain")], Answer("chest-pain", 10, isChecked: false));

        var kept = advice.Should().ContainSingle().Subject;
        kept.Asks.Should().BeEmpty();
        kept.Reasons.Should().ContainSingle().Which.Should().Contain("said it has not been checked yet");
    }

    [Fact]
    public void Recording_the_symptom_again_after_a_yes_asks_again()
    {
        var advice = Evaluate(
            [Days.WithSymptoms(Days.Ago(20), 2, "fever"), Days.WithSymptoms(Days.Ago(9), 2, "fever")],
            Answer("fever", 20, isChecked: true));

        advice.Should().ContainSingle().Which.Asks.Should().ContainSingle().Which.UpToDay.Should().Be(Days.Ago(9));
    }

    [Fact]
    public void One_advice_names_every_unchecked_symptom_and_asks_about_each()
    {
        var advice = Evaluate([Days.WithSymptoms(Days.Ago(8), 2, "fever", "chest-pain")]);

        var followUp = advice.Should().ContainSingle().Subject;
        followUp.Asks.Select(q => q.Code).Should().Equal("chest-pain", "fever");
        followUp.Reasons.Should().HaveCount(2);
    }
}
