using System.Text;
using System.Text.Json.Nodes;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.YourData;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.Plans;

/// <summary>Heat sessions last 20 minutes at most wherever a duration is set: the rules, the import and the calendar.</summary>
public sealed class HeatLimitTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static PlanCheck CheckHeat(string minutes)
    {
        var request = PlanRequest.NewFor(Library, Today);
        var heat = request.Methods.Single(m => m.Slug == HeatLimit.MethodSlug);
        heat.Chosen = "true";
        heat.Minutes = minutes;
        return PlanRules.Check(request, Library, Today);
    }

    [Fact]
    public void Twenty_minutes_of_heat_is_accepted()
    {
        var check = CheckHeat("20");

        check.Problems.Should().BeEmpty();
        check.Plan!.Methods.Single().Minutes.Should().Be(20);
    }

    [Fact]
    public void Twenty_one_minutes_of_heat_is_refused_with_the_reason()
    {
        var check = CheckHeat("21");

        check.Plan.Should().BeNull();
        var problem = check.Problems.Should().ContainSingle().Subject;
        problem.Field.Should().Be("Methods[2].Minutes");
        problem.Message.Should().Be($"Choose 20 minutes or fewer for Heat therapy. {HeatLimit.Reason}");
    }

    [Fact]
    public void Other_methods_keep_their_longer_limit()
    {
        var request = PlanRequest.NewFor(Library, Today);
        var stretching = request.Methods.Single(m => m.Slug == "stretching");
        stretching.Chosen = "true";
        stretching.Minutes = "45";

        PlanRules.Check(request, Library, Today).Problems.Should().BeEmpty();
    }

    [Fact]
    public void A_new_plan_never_offers_more_than_twenty_minutes_of_heat()
    {
        var request = PlanRequest.NewFor(Library, Today);

        int.Parse(request.Methods.Single(m => m.Slug == HeatLimit.MethodSlug).Minutes!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeLessThanOrEqualTo(HeatLimit.MaxMinutes);
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void An_imported_plan_with_more_than_twenty_minutes_of_heat_is_refused_with_a_clear_message(int minutes, bool accepted)
    {
        var export = DiaryExport.From([], [TestDiary.Plan(new DateOnly(2026, 11, 3))], Now);
        var node = JsonNode.Parse(Encoding.UTF8.GetString(export.ToUtf8Json()))!;
        var heat = node["plans"]![0]!["methods"]!.AsArray().Single(m => m!["method"]!.GetValue<string>() == HeatLimit.MethodSlug)!;
        heat["minutes"] = minutes;

        var file = DiaryImport.Parse(node.ToJsonString(), out var parseProblem);
        parseProblem.Should().BeNull();
        var rules = new ImportRules(new HashSet<string>(MethodSlugs, StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), Today);
        var result = DiaryImport.Check(file!, rules, new HashSet<DateOnly>(), "user-1", Now);

        result.CanBeSaved.Should().Be(accepted);
        if (!accepted)
        {
            result.Problems.Should().ContainSingle().Which
                .Should().EndWith(", 'heat-therapy': minutes is 21; heat sessions last 20 minutes at most (longer can burn the skin).").And.StartWith("Plan 1");
        }
    }

    [Fact]
    public void The_calendar_never_schedules_more_than_twenty_minutes_of_heat_even_for_an_older_saved_plan()
    {
        var plan = new SelfCarePlan(new DateOnly(2026, 11, 23), 7, null,
        [
            new PlannedMethodValues(HeatLimit.MethodSlug, 1, 45, [new(21, 0)]),
            new PlannedMethodValues("stretching", 1, 45, [new(8, 0)]),
        ]);

        var calendar = Ical.Net.Calendar.Load(PlanCalendar.Create(plan, Library, Now, "old"))!;

        calendar.Events.Single(e => e.Summary == "Heat therapy").Duration!.Value.Minutes.Should().Be(20);
        calendar.Events.Single(e => e.Summary == "Stretching").Duration!.Value.Minutes.Should().Be(45);
        PlanSheet.Schedule(plan.Methods[0]).Should().Be("Once a day, 20 minutes each time");
    }
}
