using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>
/// Whatever a person types is kept exactly and shown as text: markup is never run, SQL is never executed,
/// and the downloads hold it verbatim (spreadsheet formulas escaped).
/// </summary>
public sealed class MarkupInNotesTests(MarkupInNotesTests.Fixture app) : IClassFixture<MarkupInNotesTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    public static TheoryData<string> Payloads =>
    [
        "<script id=\"x\">alert(1)</script>",
        "<script>alert(1)</script>",
        "\"><img id=\"x\" src=x onerror=alert(1)>",
        "\"><img src=x onerror=alert(1)>",
        "</textarea><svg id=\"x\" onload=alert(1)>",
        "Robert'); DROP TABLE CheckIns; --",
        "' OR '1'='1",
        "{{7*7}} @(1+1) ${7*7}",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Notes_are_stored_verbatim_and_shown_as_text_on_the_edit_page_and_the_doctor_report(string payload)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        await client.LogAndFollowAsync(null, ("Form.Pain", "4"), ("Form.Notes", payload));

        var stored = (await app.CheckInsOfAsync(email)).Single();
        stored.Notes.Should().Be(payload);

        var edit = await client.GetPageAsync($"/checkins/{stored.Id}/edit");
        edit.QuerySelector("#Form_Notes")!.TextContent.Should().Be(payload, "the textarea holds the note as text");
        NothingInjected(edit);

        var report = await client.GetPageAsync($"/report?from={Iso(app.Today().AddDays(-6))}&to={Iso(app.Today())}&notes=true");
        report.QuerySelectorAll(".report-note-list dd").Select(dd => dd.TextContent).Should().Equal(payload);
        NothingInjected(report);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_plan_goal_is_stored_verbatim_and_shown_as_text_on_the_plan_and_its_printout(string payload)
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var saved = await client.SubmitAsync(await client.GetPageAsync("/plan"), "form.plan-form", ("Form.Methods[0].Chosen", "true"), ("Form.Goal", payload));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var url = saved.Headers.Location!.OriginalString;

        var plan = await client.GetPageAsync(url);
        plan.QuerySelectorAll("main p").Select(p => p.TextContent).Should().Contain("Goal: " + payload);
        NothingInjected(plan);

        var printout = await client.GetPageAsync(url + "/print");
        printout.QuerySelector(".sheet-goal")!.TextContent.Should().Be("My goal: " + payload);
        NothingInjected(printout);

        var edit = await client.GetPageAsync(url + "/edit");
        edit.QuerySelector("#Form_Goal")!.TextContent.Should().Be(payload);
        NothingInjected(edit);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task The_downloads_hold_the_note_verbatim(string payload)
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "4"), ("Form.Notes", payload));

        var json = await client.GetAsync(new Uri("/account/data/diary.json", UriKind.Relative));
        json.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        document.RootElement.GetProperty("checkIns")[0].GetProperty("notes").GetString().Should().Be(payload);

        var csv = await client.GetAsync(new Uri("/account/data/checkins.csv", UriKind.Relative));
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var rows = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine).ToArray();
        rows[1][Array.IndexOf(rows[0], "notes")].Should().Be(payload);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    public async Task A_note_that_looks_like_a_formula_is_escaped_in_the_spreadsheet_but_verbatim_in_the_json(string formula)
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "4"), ("Form.Notes", formula));

        var csv = await client.GetStringAsync(new Uri("/account/data/checkins.csv", UriKind.Relative));
        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine).ToArray();
        rows[1][Array.IndexOf(rows[0], "notes")].Should().Be("'" + formula, "a leading apostrophe makes a spreadsheet show it as text");

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative)));
        document.RootElement.GetProperty("checkIns")[0].GetProperty("notes").GetString().Should().Be(formula);
    }

    private static void NothingInjected(IDocument page)
    {
        page.QuerySelector("script#x").Should().BeNull();
        page.QuerySelector("img#x").Should().BeNull();
        page.QuerySelector("svg#x").Should().BeNull();
        page.QuerySelectorAll("[onerror], [onload]").Should().BeEmpty("no event handler attribute reaches the page");
        page.QuerySelectorAll("script:not([src])").Should().BeEmpty("the only scripts are files");
    }

    /// <summary>One RFC 4180 record without line breaks inside fields.</summary>
    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
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
        return [.. fields];
    }
}
