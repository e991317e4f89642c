using System.Text.Json;
using System.Text.Json.Nodes;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Tests.YourData;

public sealed class DiaryImportTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly ImportRules Rules = new(
        new HashSet<string>(["massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication"], StringComparer.Ordinal),
        new HashSet<string>(["fever", "night-pain", "both-legs"], StringComparer.Ordinal),
        Today);

    private static string SampleJson()
    {
        var checkIn = TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), pain: 6, notes: "Tight after <b>gardening</b> & \"digging\"", "stretching", "heat-therapy");
        checkIn.WarningSymptoms = ["night-pain"];
        checkIn.Stiffness = null;
        var export = DiaryExport.From(
            [checkIn, TestDiary.FilledCheckIn(new DateOnly(2026, 11, 2), pain: 3)],
            [TestDiary.Plan(new DateOnly(2026, 11, 3), goal: "Sleep through the night")],
            Now);
        return System.Text.Encoding.UTF8.GetString(export.ToUtf8Json());
    }

    private static ImportResult Import(string json, params DateOnly[] existing)
    {
        var file = DiaryImport.Parse(json, out var problem);
        problem.Should().BeNull();
        return DiaryImport.Check(file!, Rules, existing.ToHashSet(), "user-1", Now);
    }

    private static string Edit(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(SampleJson())!;
        change(node);
        return node.ToJsonString();
    }

    [Fact]
    public void An_export_imports_back_into_the_same_check_ins_and_plans()
    {
        var result = Import(SampleJson());

        result.CanBeSaved.Should().BeTrue(string.Join("; ", result.Problems));
        result.CheckIns.Should().HaveCount(2);
        var first = result.CheckIns[0];
        first.UserId.Should().Be("user-1");
        first.Day.Should().Be(new DateOnly(2026, 11, 1));
        first.PainLevel.Should().Be(6);
        first.Stiffness.Should().BeNull();
        first.Areas.Should().Be(BackAreas.UpperLeft | BackAreas.LowerRight);
        first.WarningSymptoms.Should().Equal("night-pain");
        first.Notes.Should().Be("Tight after <b>gardening</b> & \"digging\"");
        first.Methods.Select(m => (m.MethodSlug, m.Minutes, m.PainBefore, m.PainAfter, m.Effect))
            .Should().Equal(("heat-therapy", 10, 6, 4, MethodEffect.HelpedALittle), ("stretching", 10, 6, 4, MethodEffect.HelpedALittle));
        first.CreatedAt.Should().Be(new DateTimeOffset(2026, 11, 1, 20, 0, 0, TimeSpan.Zero));
        var plan = result.Plans.Should().ContainSingle().Subject;
        plan.Goal.Should().Be("Sleep through the night");
        plan.LengthDays.Should().Be(14);
        plan.Methods.Single(m => m.MethodSlug == "stretching").TimesOfDay.Should().Equal(new TimeOnly(8, 0), new TimeOnly(18, 30));
    }

    [Fact]
    public void The_file_names_its_format_and_version_and_uses_words_not_numbers()
    {
        var json = JsonNode.Parse(SampleJson())!;

        json["format"]!.GetValue<string>().Should().Be("muscleknotguide-diary");
        json["version"]!.GetValue<int>().Should().Be(2);
        json["checkIns"]![0]!["areas"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Equal("upper-left", "lower-right");
        json["checkIns"]![0]!["methods"]![0]!["effect"]!.GetValue<string>().Should().Be("helped-a-little");
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(4, 5)]
    public void Pain_medication_in_a_plan_imports_without_a_schedule_as_the_plan_form_saves_it(int timesPerDay, int? minutes)
    {
        var json = Edit(root => root["plans"]![0]!["methods"]!.AsArray().Add(new JsonObject
        {
            ["method"] = "pain-medication",
            ["timesPerDay"] = timesPerDay,
            ["minutes"] = minutes,
            ["timesOfDay"] = new JsonArray(),
        }));

        var result = Import(json);

        result.CanBeSaved.Should().BeTrue(string.Join("; ", result.Problems));
        result.Plans.Single().Methods.Single(m => m.MethodSlug == "pain-medication")
            .Should().BeEquivalentTo(new { TimesPerDay = 0, Minutes = (int?)null, TimesOfDay = new List<TimeOnly>() });
    }

    [Fact]
    public void Days_already_in_the_account_are_listed_and_nothing_is_imported()
    {
        var result = Import(SampleJson(), new DateOnly(2026, 11, 2), new DateOnly(2026, 10, 1));

        result.CanBeSaved.Should().BeFalse();
        result.ExistingDays.Should().Equal(new DateOnly(2026, 11, 2));
        result.CheckIns.Should().BeEmpty();
        result.Plans.Should().BeEmpty();
    }

    public static TheoryData<string, string> BadEntries => new()
    {
        { "$.checkIns[0].painLevel=11", "pain level is 11; it must be between 0 and 10" },
        { "$.checkIns[0].painLevel=-1", "pain level is -1; it must be between 0 and 10" },
        { "$.checkIns[0].stiffness=12", "stiffness is 12" },
        { "$.checkIns[0].day=\"2026-11-21\"", "the day must be between 2000-01-01 and today (2026-11-20)" },
        { "$.checkIns[0].day=\"1999-12-31\"", "the day must be between" },
        { "$.checkIns[0].areas=[\"upper-left\",\"shoulder\"]", "'shoulder' is not a back area" },
        { "$.checkIns[0].areas=[\"none\"]", "'none' is not a back area" },
        { "$.checkIns[0].warningSymptoms=[\"headache\"]", "'headache' is not a warning symptom" },
        { "$.checkIns[0].methods[0].method=\"acupuncture\"", "'acupuncture' is not a method this app knows" },
        { "$.checkIns[0].methods[1].method=\"heat-therapy\"", "the method 'heat-therapy' is listed twice" },
        { "$.checkIns[0].methods[0].painAfter=15", "pain after is 15" },
        { "$.checkIns[0].methods[0].minutes=5000", "minutes is 5000" },
        { "$.checkIns[0].methods[0].minutes=601", "minutes is 601; it must be between 0 and 600" },
        { "$.checkIns[0].methods[0].effect=\"cured\"", "'cured' is not an effect" },
        { "$.plans[0].lengthDays=10", "a plan lasts 7, 14 or 28 days, not 10" },
        { "$.plans[0].methods[0].timesPerDay=0", "times a day is 0" },
        { "$.plans[0].methods[0].timesPerDay=7", "times a day is 7; it must be between 1 and 6" },
        { "$.plans[0].methods[0].minutes=181", "minutes is 181; it must be between 1 and 180" },
        { "$.plans[0].methods[0].method=\"yoga\"", "'yoga' is not a method" },
        { "$.plans[0].startDate=\"2031-01-01\"", "the start date must be between" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void One_bad_field_anywhere_refuses_the_whole_file_with_a_clear_problem(string change, string expected)
    {
        var json = Edit(root => Set(root, change));

        var result = Import(json);

        result.CanBeSaved.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Contains(expected, StringComparison.Ordinal));
        result.CheckIns.Should().BeEmpty();
        result.Plans.Should().BeEmpty();
    }

    [Fact]
    public void Notes_longer_than_a_check_in_allows_are_refused()
    {
        var json = Edit(root => root["checkIns"]![0]!["notes"] = new string('n', CheckIn.NotesMaxLength + 1));

        Import(json).Problems.Should().ContainSingle().Which.Should().Contain("notes are longer than 2000 characters");
    }

    public static TheoryData<string, string> Unreadable => new()
    {
        { "{ this is not json", "could not be read as a MuscleKnotGuide export" },
        { "", "could not be read" },
        { "[1, 2, 3]", "not a MuscleKnotGuide export" },
        { """{"format":"something-else","version":1}""", "not a MuscleKnotGuide export" },
        { """{"format":"muscleknotguide-diary","version":3,"checkIns":[],"plans":[]}""", "version this app cannot read (it reads versions 1 and 2)" },
        { """{"format":"muscleknotguide-diary","version":"1"}""", "version this app cannot read" },
        { """{"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z","checkIns":[{"day":"2026-13-45","painLevel":3}],"plans":[]}""", "at checkIns[0].day" },
        { """{"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z","checkIns":[{"day":"2026-11-01"}],"plans":[]}""", "could not be read" },
        { """{"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z","checkIns":null,"plans":[]}""", "could not be read" },
        { """{"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z","checkIns":[],"plans":[],"extra":true}""", "could not be read" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_file_that_is_not_a_readable_export_gets_one_clear_sentence(string json, string expected)
    {
        var file = DiaryImport.Parse(json, out var problem);

        file.Should().BeNull();
        problem.Should().Contain(expected);
    }

    [Fact]
    public void Empty_entries_inside_lists_are_problems_not_crashes()
    {
        var json = Edit(root =>
        {
            root["checkIns"]!.AsArray().Add(null);
            root["checkIns"]![0]!["methods"]!.AsArray().Add(null);
            root["plans"]!.AsArray().Add(null);
        });

        var result = Import(json);

        result.Problems.Should().Contain(["Check-in 3 is empty.", "Plan 2 is empty."]);
        result.Problems.Should().Contain(p => p.Contains("a method entry is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_unknown_value_is_quoted_cut_short()
    {
        var json = Edit(root => root["checkIns"]![0]!["methods"]![0]!["method"] = new string('z', 5000));

        Import(json).Problems.Should().OnlyContain(p => p.Length < 300);
    }

    /// <summary>Applies "$.path.to[0].field=jsonValue" to a document.</summary>
    private static void Set(JsonNode root, string change)
    {
        var (path, value) = (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var parts = path[2..].Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        node[parts[^1]] = JsonNode.Parse(value);
    }

    [Fact]
    public void The_yes_no_answers_are_exported_and_imported_back()
    {
        var checkIn = TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), pain: 6, notes: null);
        checkIn.StoppedSleeping = true;
        checkIn.StoppedActivities = false;
        checkIn.AfterFallOrInjury = true;
        var json = System.Text.Encoding.UTF8.GetString(DiaryExport.From([checkIn], [], Now).ToUtf8Json());

        var imported = Import(json).CheckIns.Should().ContainSingle().Subject;

        (imported.StoppedSleeping, imported.StoppedActivities, imported.AfterFallOrInjury).Should().Be((true, false, true));
    }

    [Fact]
    public void A_file_from_before_the_yes_no_questions_imports_them_as_not_answered()
    {
        var json = Edit(node =>
        {
            foreach (var entry in node["checkIns"]!.AsArray())
            {
                var fields = entry!.AsObject();
                fields.Remove("stoppedSleeping");
                fields.Remove("stoppedActivities");
                fields.Remove("afterFallOrInjury");
            }
        });

        var result = Import(json);

        result.CanBeSaved.Should().BeTrue(string.Join("; ", result.Problems));
        result.CheckIns.Should().AllSatisfy(c => (c.StoppedSleeping, c.StoppedActivities, c.AfterFallOrInjury).Should().Be(((bool?)null, (bool?)null, (bool?)null)));
    }
}
