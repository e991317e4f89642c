using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Tests.YourData;

public sealed class DiaryCsvTests
{
    private static readonly string[] MethodOrder = ["massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication"];

    private static string[][] Rows(string csv) => csv.TrimEnd('\r', '\n').Split("\r\n").Select(ParseLine).ToArray();

    [Fact]
    public void Check_ins_are_one_row_per_day_with_five_columns_per_method_in_guide_order()
    {
        var csv = DiaryCsv.CheckIns(
            [TestDiary.FilledCheckIn(new DateOnly(2026, 11, 2), pain: 4, notes: null, "heat-therapy"), TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), pain: 7, notes: "Sore, after \"moving\" boxes")],
            MethodOrder);

        var rows = Rows(csv);
        rows[0][..10].Should().Equal(
            "day", "time", "pain level", "stiffness", "areas", "warning symptoms", "notes", "pain stopped sleep", "pain stopped usual activities", "after a fall or injury");
        rows[0][10..15].Should().Equal("massage-therapy tried", "massage-therapy minutes", "massage-therapy pain before", "massage-therapy pain after", "massage-therapy effect");
        rows[0].Should().HaveCount(10 + (5 * 5));
        rows.Should().HaveCount(3);
        rows[1][..7].Should().Equal("2026-11-01", "", "7", "3", "upper-left lower-right", "", "Sore, after \"moving\" boxes");
        var heat = Array.IndexOf(rows[0], "heat-therapy tried");
        rows[2][heat..(heat + 5)].Should().Equal("yes", "10", "4", "2", "helped-a-little");
        rows[1][heat].Should().BeEmpty();
    }

    [Fact]
    public void Several_entries_of_a_day_are_one_row_each_in_time_order()
    {
        var evening = TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), pain: 8);
        evening.Time = new TimeOnly(19, 45);
        var morning = TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), pain: 5);
        morning.Time = new TimeOnly(8, 10);

        var rows = Rows(DiaryCsv.CheckIns([evening, morning], MethodOrder));

        rows.Skip(1).Select(r => (r[0], r[1], r[2])).Should().Equal(("2026-11-01", "08:10", "5"), ("2026-11-01", "19:45", "8"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.test\",\"click\")")]
    [InlineData("+1+2")]
    [InlineData("@SUM(A1)")]
    [InlineData("-2+3")]
    public void Notes_that_look_like_formulas_open_as_text_in_a_spreadsheet(string notes)
    {
        var csv = DiaryCsv.CheckIns([TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), notes: notes)], MethodOrder);

        Rows(csv)[1][6].Should().Be("'" + notes);
    }

    [Fact]
    public void Plans_are_one_row_per_planned_method_and_a_plan_without_methods_keeps_its_row()
    {
        var empty = TestDiary.Plan(new DateOnly(2026, 12, 1), goal: "=cmd");
        empty.Methods.Clear();

        var rows = Rows(DiaryCsv.Plans([TestDiary.Plan(new DateOnly(2026, 11, 3), goal: "Sleep"), empty]));

        rows[0].Should().Equal("plan", "start date", "length days", "goal", "method", "times per day", "minutes", "times of day");
        rows[1].Should().Equal("1", "2026-11-03", "14", "Sleep", "heat-therapy", "1", "15", "21:00");
        rows[2].Should().Equal("1", "2026-11-03", "14", "Sleep", "stretching", "2", "10", "08:00 18:30");
        rows[3].Should().Equal("2", "2026-12-01", "14", "'=cmd", "", "", "", "");
    }

    /// <summary>A small RFC 4180 line reader for the tests (no line breaks inside fields here).</summary>
    private static string[] ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }

    [Fact]
    public void The_yes_no_answers_are_yes_no_or_empty_when_not_answered()
    {
        var checkIn = TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), pain: 5, notes: null);
        checkIn.StoppedSleeping = true;
        checkIn.StoppedActivities = false;

        Rows(DiaryCsv.CheckIns([checkIn], MethodOrder))[1][7..10].Should().Equal("yes", "no", "");
    }
}
