using MuscleKnotGuide.Web;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Reports;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.Reports;

public sealed class DoctorReportTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void The_report_covers_exactly_its_range_with_average_best_and_worst()
    {
        var checkIns = new[]
        {
            CheckIn("me", new(2026, 11, 9), 9),
            CheckIn("me", new(2026, 11, 10), 6),
            CheckIn("me", new(2026, 11, 12), 2),
            CheckIn("me", new(2026, 11, 14), 7),
            CheckIn("me", new(2026, 11, 16), 2),
            CheckIn("me", new(2026, 11, 17), 0),
        };

        var report = DoctorReport.Build(checkIns, new(2026, 11, 10), new(2026, 11, 16), Library, includeNotes: false);

        report.Days.Select(d => d.Day).Should().Equal(Enumerable.Range(10, 7).Select(d => new DateOnly(2026, 11, d)));
        report.Days.Select(d => d.Pain).Should().Equal(6, null, 2, null, 7, null, 2);
        report.DaysRecorded.Should().Be(4);
        report.AveragePain.Should().Be(4.3m);
        report.Best.Should().Be(new PainDay(new(2026, 11, 16), 2), "the most recent of the best days");
        report.Worst.Should().Be(new PainDay(new(2026, 11, 14), 7));
        report.Notes.Should().BeNull();
    }

    [Fact]
    public void Methods_symptoms_and_notes_are_summarised_with_labels_from_the_guides()
    {
        var first = CheckIn("me", new(2026, 11, 18), 5, Tried("stretching", 6, 4, MethodEffect.HelpedALot), Tried("pain-medication", effect: MethodEffect.HelpedALittle));
        first.WarningSymptoms = ["fever"];
        first.Notes = "Slept badly.";
        var second = CheckIn("me", new(2026, 11, 19), 4, Tried("stretching", 5, 4, MethodEffect.NoChange));
        second.WarningSymptoms = ["saddle-numbness", "night-pain"];

        var report = DoctorReport.Build([first, second], new(2026, 11, 1), Today, Library, includeNotes: true);

        report.Methods.Should().BeEquivalentTo(new[]
        {
            new ReportMethod("Stretching", new MethodFigure("stretching", 2, 1.5m, 0.5m)),
            new ReportMethod("Over-the-counter pain medication", new MethodFigure("pain-medication", 1, null, 1m)),
        }, o => o.WithStrictOrdering());
        report.Symptoms.Should().Equal(
            new ReportSymptom(new(2026, 11, 18), "A fever of 38 °C (100.4 °F) or more", WarningTier.Urgent),
            new ReportSymptom(new(2026, 11, 19), "Numbness or tingling around the genitals or buttocks", WarningTier.Emergency),
            new ReportSymptom(new(2026, 11, 19), "Pain that is worse at night or not eased by rest", WarningTier.Urgent));
        report.Notes.Should().Equal(new ReportNote(new(2026, 11, 18), "Slept badly."));
    }

    [Theory]
    [InlineData("2026-11-10", "2026-11-09", "From", "The start date must be on or before the end date.")]
    [InlineData("2026-11-10", "2026-11-21", "To", "The end date cannot be in the future.")]
    [InlineData("2025-11-20", "2026-11-20", "From", "Choose a range of at most 365 days.")]
    [InlineData("10/11/2026", "2026-11-20", "From", "Enter the start date as a real date, like 2026-11-20.")]
    [InlineData("2026-11-10", "", "To", "Enter the end date.")]
    public void A_report_range_must_be_real_in_order_not_future_and_at_most_a_year(string from, string to, string field, string message)
    {
        ReportRange.Check(from, to, Today, out _, out _).Should().ContainSingle().Which.Should().Be(new FieldError(field, message));
    }

    [Fact]
    public void A_range_of_365_days_ending_today_is_fine_and_the_default_is_the_last_28_days()
    {
        ReportRange.Check("2025-11-21", "2026-11-20", Today, out var from, out var to).Should().BeEmpty();
        (to.DayNumber - from.DayNumber + 1).Should().Be(365);
        ReportRange.Default(Today).Should().Be((new DateOnly(2026, 10, 24), Today));
    }
}
