using MuscleKnotGuide.Web;
using MuscleKnotGuide.Web.Plans;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.Plans;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static PlanRequest AllChosen()
    {
        var request = PlanRequest.NewFor(Library, Today);
        request.Methods.ForEach(m => m.Chosen = "true");
        return request;
    }

    [Fact]
    public void A_new_plan_offers_every_method_with_its_guides_how_often_and_how_long()
    {
        var request = PlanRequest.NewFor(Library, Today);

        request.Methods.Select(m => m.Slug).Should().Equal(MethodSlugs);
        foreach (var method in Library.Methods.Where(m => m.HowOftenPerDay is not null))
        {
            var row = request.Methods.Single(m => m.Slug == method.Slug);
            row.TimesPerDay.Should().Be(method.HowOftenPerDay!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row.Minutes.Should().Be(method.HowLongMinutes!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row.Times.Should().HaveCount(method.HowOftenPerDay!.Value);
        }

        request.Methods.Single(m => m.Slug == "stretching").Times.Should().Equal("08:00", "19:00");
        var medication = request.Methods.Single(m => m.Slug == LabelDirected.PainMedicationSlug);
        medication.TimesPerDay.Should().BeNull();
        medication.Minutes.Should().BeNull();
        request.LengthDays.Should().Be("14");
        request.StartDate.Should().Be("2026-11-20");
    }

    [Fact]
    public void A_plan_with_every_method_checks_out_and_keeps_its_times_in_order()
    {
        var request = AllChosen();
        request.Methods[1].TimesPerDay = "3";
        request.Methods[1].Times = ["19:00", "08:00", "13:00"];

        var check = PlanRules.Check(request, Library, Today);

        check.Problems.Should().BeEmpty();
        check.Plan!.Methods.Select(m => m.Slug).Should().Equal(MethodSlugs);
        check.Plan.Methods[1].TimesOfDay.Should().Equal(new TimeOnly(8, 0), new TimeOnly(13, 0), new TimeOnly(19, 0));
        check.Plan.EndDate.Should().Be(new DateOnly(2026, 12, 3));
    }

    [Fact]
    public void Pain_medication_never_carries_times_or_minutes_whatever_is_sent()
    {
        var request = AllChosen();
        var medication = request.Methods.Single(m => m.Slug == LabelDirected.PainMedicationSlug);
        medication.TimesPerDay = "6";
        medication.Minutes = "30";
        medication.Times = ["08:00", "10:00", "12:00", "14:00", "16:00", "18:00"];

        var item = PlanRules.Check(request, Library, Today).Plan!.Methods.Single(m => m.Slug == LabelDirected.PainMedicationSlug);

        item.IsLabelDirected.Should().BeTrue();
        item.TimesOfDay.Should().BeEmpty();
        item.Minutes.Should().BeNull();
    }

    [Fact]
    public void No_method_chosen_asks_to_choose_at_least_one()
    {
        var check = PlanRules.Check(PlanRequest.NewFor(Library, Today), Library, Today);

        check.Plan.Should().BeNull();
        check.Problems.Should().ContainSingle().Which.Should().Be(new FieldError("Methods", "Choose at least one method."));
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("8 o'clock")]
    [InlineData("12:60")]
    public void A_malformed_time_of_day_is_named_next_to_its_field(string time)
    {
        var request = AllChosen();
        request.Methods[1].Times[1] = time;

        var check = PlanRules.Check(request, Library, Today);

        check.Plan.Should().BeNull();
        check.Problems.Should().ContainSingle().Which.Should().Be(new FieldError(
            "Methods[1].Times[1]", "Enter time 2 for Stretching as hours and minutes from 00:00 to 23:59, like 08:00."));
    }

    [Fact]
    public void A_missing_time_asks_for_it_and_the_same_time_twice_is_refused()
    {
        var request = AllChosen();
        request.Methods[0].TimesPerDay = "2";
        request.Methods[2].Times = ["08:00", "08:00"];

        var problems = PlanRules.Check(request, Library, Today).Problems;

        problems.Should().BeEquivalentTo([
            new FieldError("Methods[0].Times[1]", "Enter time 2 for Massage therapy, like 19:00, or choose fewer times a day."),
            new FieldError("Methods[2].Times[1]", "Heat therapy has 08:00 twice; choose a different time."),
        ]);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("7", null)]
    [InlineData("two", null)]
    [InlineData("2", "0")]
    [InlineData("2", "181")]
    [InlineData("2", "ten")]
    public void Times_a_day_and_minutes_out_of_range_are_refused(string timesPerDay, string? minutes)
    {
        var request = AllChosen();
        request.Methods[1].TimesPerDay = timesPerDay;
        request.Methods[1].Minutes = minutes ?? "10";

        var problems = PlanRules.Check(request, Library, Today).Problems;

        problems.Should().ContainSingle().Which.Field.Should().Be(minutes is null ? "Methods[1].TimesPerDay" : "Methods[1].Minutes");
    }

    [Theory]
    [InlineData("10")]
    [InlineData("")]
    [InlineData("-7")]
    public void A_length_other_than_7_14_or_28_days_is_refused(string length)
    {
        var request = AllChosen();
        request.LengthDays = length;

        PlanRules.Check(request, Library, Today).Problems.Should().ContainSingle()
            .Which.Should().Be(new FieldError("LengthDays", "Choose a plan length of 7, 14 or 28 days."));
    }

    [Theory]
    [InlineData("", "Enter the date your plan starts.")]
    [InlineData("2026-02-30", "Enter the start date as a real date, like 2026-11-20.")]
    [InlineData("20/11/2026", "Enter the start date as a real date, like 2026-11-20.")]
    [InlineData("2028-01-01", "Choose a start date within a year of today.")]
    public void A_start_date_must_be_a_real_date_near_today(string start, string message)
    {
        var request = AllChosen();
        request.StartDate = start;

        PlanRules.Check(request, Library, Today).Problems.Should().ContainSingle().Which.Should().Be(new FieldError("StartDate", message));
    }

    [Fact]
    public void A_goal_over_300_characters_is_refused_and_300_is_fine()
    {
        var request = AllChosen();
        request.Goal = new string('a', 301);
        PlanRules.Check(request, Library, Today).Problems.Should().ContainSingle()
            .Which.Should().Be(new FieldError("Goal", "Keep your goal to 300 characters or fewer (it has 301)."));

        request.Goal = new string('a', 300);
        PlanRules.Check(request, Library, Today).Plan!.Goal.Should().HaveLength(300);
    }

    [Fact]
    public void Unknown_or_repeated_methods_are_refused()
    {
        var unknown = AllChosen();
        unknown.Methods[0].Slug = "acupuncture";
        PlanRules.Check(unknown, Library, Today).Problems.Should().ContainSingle().Which.Field.Should().Be("Methods");

        var repeated = AllChosen();
        repeated.Methods[1].Slug = "massage-therapy";
        PlanRules.Check(repeated, Library, Today).Problems.Should().ContainSingle()
            .Which.Should().Be(new FieldError("Methods", "Choose each method only once."));
    }

    [Fact]
    public void A_plan_survives_the_round_trip_through_its_print_link()
    {
        var request = AllChosen();
        request.Goal = "Sleep through the night & carry my bag";
        var plan = PlanRules.Check(request, Library, Today).Plan!;

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(PlanQuery.ToQueryString(plan));
        var parsed = PlanQuery.Parse(query["m"].ToArray(), query["days"], query["start"], query["goal"]);
        var again = PlanRules.Check(parsed, Library, Today).Plan!;

        again.StartDate.Should().Be(plan.StartDate);
        again.LengthDays.Should().Be(plan.LengthDays);
        again.Goal.Should().Be(plan.Goal);
        again.Methods.Should().BeEquivalentTo(plan.Methods, o => o.WithStrictOrdering());
    }
}
