using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>The check-in rules called directly: no HTTP, no database, today passed in.</summary>
public sealed class CheckInRulesCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static GuideLibrary Library { get; } = GuideLibrary.Load(TempContent.RepoFolder);

    private static CheckInRequest Blank(string? pain = "4")
    {
        var request = CheckInRequest.Blank(Today, new TimeOnly(8, 10), Library);
        request.Pain = pain;
        return request;
    }

    [Theory]
    [InlineData("", false, "Enter the time of this entry, like 08:10.")]
    [InlineData("24:00", false, "Enter the time as hours and minutes from 00:00 to 23:59, like 08:10.")]
    [InlineData("8.10", false, "Enter the time as hours and minutes from 00:00 to 23:59, like 08:10.")]
    [InlineData("", true, null)]
    [InlineData("8:05", false, null)]
    [InlineData("23:59:30", false, null)]
    public void An_entry_needs_a_time_of_day_unless_it_was_saved_before_times_were_kept(string time, bool timeOptional, string? problem)
    {
        var request = Blank();
        request.Time = time;

        var check = CheckInRules.Check(request, Library, Today, keepDay: null, timeOptional);

        if (problem is null)
        {
            check.Problems.Should().BeEmpty();
        }
        else
        {
            check.Problems.Should().ContainSingle().Which.Should().Be(new FieldError("Time", problem));
        }
    }

    [Fact]
    public void A_date_and_a_pain_level_are_enough_for_a_check_in()
    {
        var check = CheckInRules.Check(Blank(), Library, Today, keepDay: null);

        check.IsValid.Should().BeTrue();
        check.Problems.Should().BeEmpty();
        check.Values!.Day.Should().Be(Today);
        check.Values.Time.Should().Be(new TimeOnly(8, 10));
        check.Values.PainLevel.Should().Be(4);
        check.Values.Methods.Should().BeEmpty();
        check.Values.Notes.Should().BeNull();
    }

    [Fact]
    public void A_missing_pain_level_is_a_problem_next_to_the_pain_field()
    {
        var check = CheckInRules.Check(Blank(pain: null), Library, Today, keepDay: null);

        check.Values.Should().BeNull();
        check.Problems.Should().ContainSingle().Which.Should().Be(
            new FieldError("Pain", "Choose your pain level, from 0 (no pain) to 10 (worst pain imaginable)."));
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("abc")]
    public void A_pain_level_outside_0_to_10_is_refused(string pain)
    {
        CheckInRules.Check(Blank(pain), Library, Today, keepDay: null).Problems.Should().ContainSingle()
            .Which.Should().Be(new FieldError("Pain", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable)."));
    }

    [Fact]
    public void Tomorrow_is_refused_and_today_is_not()
    {
        var request = Blank();
        request.Day = "2026-11-21";

        CheckInRules.Check(request, Library, Today, keepDay: null).Problems.Should().ContainSingle()
            .Which.Should().Be(new FieldError("Day", "Saturday 21 November 2026 hasn't happened yet. Check-ins are for today or an earlier day."));
    }

    [Fact]
    public void A_day_older_than_the_window_is_refused_for_a_new_check_in_but_kept_when_editing_that_day()
    {
        var old = new DateOnly(2026, 10, 1);
        var request = Blank();
        request.Day = "2026-10-01";

        CheckInRules.Check(request, Library, Today, keepDay: null).Problems.Should().ContainSingle().Which.Field.Should().Be("Day");
        CheckInRules.Check(request, Library, Today, keepDay: old).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_tried_method_keeps_its_details_and_the_row_key_names_the_field()
    {
        var request = Blank();
        var stretching = request.Methods.FindIndex(m => m.Slug == "stretching");
        request.Methods[stretching].Tried = MethodTriedRequest.TriedValue;
        request.Methods[stretching].Minutes = "20";
        request.Methods[stretching].PainBefore = "6";
        request.Methods[stretching].PainAfter = "4";
        request.Methods[stretching].Effect = nameof(MethodEffect.HelpedALittle);

        var check = CheckInRules.Check(request, Library, Today, keepDay: null);

        check.Values!.Methods.Should().ContainSingle().Which.Should().Be(
            new MethodTriedValues("stretching", 20, 6, 4, MethodEffect.HelpedALittle));

        request.Methods[stretching].Minutes = (CheckInRules.MaxMinutes + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        CheckInRules.Check(request, Library, Today, keepDay: null).Problems.Should().ContainSingle().Which.Should().Be(
            new FieldError($"Methods[{stretching}].Minutes", "Stretching: minutes must be a whole number from 0 to 600."));
    }

    [Fact]
    public void Details_of_a_method_that_is_not_ticked_are_ignored()
    {
        var request = Blank();
        request.Methods[0].Minutes = "not a number";

        CheckInRules.Check(request, Library, Today, keepDay: null).Values!.Methods.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_method_or_warning_symptom_is_reported_not_ignored()
    {
        var request = Blank();
        request.Methods.Add(new MethodTriedRequest { Slug = "acupuncture", Tried = MethodTriedRequest.TriedValue });
        request.Symptoms.Add("headache");

        CheckInRules.Check(request, Library, Today, keepDay: null).Problems.Select(p => p.Field)
            .Should().BeEquivalentTo(["Methods", "Symptoms"]);
    }

    [Fact]
    public void Notes_are_trimmed_and_windows_line_ends_become_one_character_before_the_length_is_counted()
    {
        var request = Blank();
        request.Notes = "  " + string.Concat(Enumerable.Repeat("a\r\n", CheckIn.NotesMaxLength / 2)) + "  ";

        var check = CheckInRules.Check(request, Library, Today, keepDay: null);

        check.IsValid.Should().BeTrue();
        check.Values!.Notes.Should().HaveLength(CheckIn.NotesMaxLength - 1);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData(" No ", false)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_yes_no_questions_are_optional(string? answer, bool? stored)
    {
        var request = Blank();
        request.StoppedSleeping = answer;
        request.StoppedActivities = answer;
        request.AfterFallOrInjury = answer;

        var values = CheckInRules.Check(request, Library, Today, keepDay: null).Values!;

        (values.StoppedSleeping, values.StoppedActivities, values.AfterFallOrInjury).Should().Be((stored, stored, stored));
    }

    [Fact]
    public void An_answer_other_than_yes_or_no_is_a_problem_next_to_its_question()
    {
        var request = Blank();
        request.AfterFallOrInjury = "maybe";

        var check = CheckInRules.Check(request, Library, Today, keepDay: null);

        check.Values.Should().BeNull();
        check.Problems.Should().ContainSingle().Which.Should().Be(new FieldError("AfterFallOrInjury", "Answer yes or no, or leave it unanswered."));
    }
}
