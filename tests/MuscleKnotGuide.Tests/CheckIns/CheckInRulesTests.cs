using MuscleKnotGuide.Web.Diary;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class CheckInRulesTests
{
    private static readonly WarningSymptom[] Symptoms =
    [
        new("chest-pain", "Chest pain", WarningTier.Emergency),
        new("both-legs", "Pain, weakness or numbness in both legs", WarningTier.Emergency),
        new("fever", "A fever", WarningTier.Urgent),
        new("night-pain", "Pain at night", WarningTier.Urgent),
    ];

    [Fact]
    public void No_symptoms_give_no_advice() => SymptomAdvice.For([], Symptoms).Should().BeNull();

    [Fact]
    public void Codes_that_are_not_warning_symptoms_give_no_advice() => SymptomAdvice.For(["sore-toe"], Symptoms).Should().BeNull();

    [Fact]
    public void Any_emergency_symptom_advises_emergency_help_naming_only_the_emergency_ones()
    {
        var advice = SymptomAdvice.For(["fever", "both-legs", "chest-pain"], Symptoms)!;

        advice.Level.Should().Be(SeekCareLevel.Emergency);
        advice.Heading.Should().Be("Call emergency services or go to an emergency department now");
        advice.Reasons.Should().Equal("Chest pain", "Pain, weakness or numbness in both legs");
    }

    [Fact]
    public void Urgent_symptoms_alone_advise_seeing_a_doctor_today_or_tomorrow()
    {
        var advice = SymptomAdvice.For(["night-pain", "fever"], Symptoms)!;

        advice.Level.Should().Be(SeekCareLevel.Urgent);
        advice.Heading.Should().Be("See a doctor urgently (today or tomorrow)");
        advice.Reasons.Should().Equal("A fever", "Pain at night");
    }

    [Theory]
    [InlineData(0, "none")]
    [InlineData(1, "mild")]
    [InlineData(3, "mild")]
    [InlineData(4, "moderate")]
    [InlineData(6, "moderate")]
    [InlineData(7, "severe")]
    [InlineData(10, "severe")]
    public void Pain_levels_fall_in_the_usual_bands(int level, string band) => PainScale.Band(level).Should().Be(band);

    [Fact]
    public void The_check_in_window_is_today_and_the_29_days_before()
    {
        var today = new DateOnly(2026, 3, 1);

        CheckInWindow.Contains(today, today).Should().BeTrue();
        CheckInWindow.Contains(today.AddDays(-29), today).Should().BeTrue();
        CheckInWindow.Contains(today.AddDays(-30), today).Should().BeFalse();
        CheckInWindow.Contains(today.AddDays(1), today).Should().BeFalse();
    }
}
