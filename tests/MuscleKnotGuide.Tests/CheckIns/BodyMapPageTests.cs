using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class BodyMapPageTests(BodyMapPageTests.Fixture app) : IClassFixture<BodyMapPageTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private static string[] Marked(IElement map) =>
        map.QuerySelectorAll("rect.region.is-marked").Select(r => r.GetAttribute("data-area")!).ToArray();

    [Fact]
    public async Task The_form_draws_one_picture_region_per_labelled_checkbox_without_inline_style_or_script()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var form = await client.GetPageAsync("/checkins/new");

        var map = form.QuerySelector("#Form_Areas svg.body-map[data-body-map=tappable]")!;
        map.Should().NotBeNull("the picture is inline in the page, so no extra request");
        map.GetAttribute("aria-hidden").Should().Be("true", "the checkboxes carry the same choices for screen readers");
        var boxes = form.QuerySelectorAll("#Form_Areas input[type=checkbox][name='Form.Areas']").Cast<IHtmlInputElement>().ToArray();
        boxes.Select(b => b.Value).Should().Equal(BodyMap.Regions.Select(r => r.Name));
        map.QuerySelectorAll("rect.region").Select(r => r.GetAttribute("data-area")).Should().Equal(boxes.Select(b => b.Value));
        boxes.Should().OnlyContain(b => form.QuerySelector($"label[for='{b.Id}']") != null && b.GetAttribute("data-area-box") == b.Value);
        Marked(map).Should().BeEmpty();
        form.QuerySelector("#Form_Areas-hint").Text().Should().Contain("your left").And.Contain("from behind");
        form.QuerySelectorAll("[style]").Should().BeEmpty();
        form.QuerySelectorAll("script:not([src])").Should().BeEmpty();
        form.QuerySelectorAll("script[src^='/js/checkin-form']").Should().ContainSingle("the script that keeps picture and checkboxes in step");
    }

    [Fact]
    public async Task Every_region_saves_shows_again_on_edit_and_appears_on_the_entry_in_history()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var history = await client.LogAndFollowAsync(null,
            [("Form.Pain", "5"), .. BodyMap.Regions.Select(r => ("Form.Areas", r.Name))]);

        var stored = (await app.CheckInsOfAsync(email)).Should().ContainSingle().Subject;
        stored.Areas.Should().Be(BodyMap.Known);
        var row = history.QuerySelector("li.checkin-row")!;
        Marked(row.QuerySelector("svg.body-map-small")!).Should().HaveCount(17);
        row.QuerySelector(".checkin-areas")!.TextContent.Should().Contain("Neck, left").And.Contain("Between the shoulder blades").And.Contain("Calf or foot, right");

        var edit = await client.GetPageAsync(row.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!);
        edit.QuerySelectorAll("#Form_Areas input:checked").Should().HaveCount(17);
        Marked(edit.QuerySelector("svg.body-map")!).Should().HaveCount(17, "without script the picture still shows what is marked");
    }

    [Fact]
    public async Task An_entry_marks_only_its_own_regions_in_history()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "3"), ("Form.Areas", "ShoulderRight"), ("Form.Areas", "UpperLeft"));

        Marked(history.QuerySelector("li.checkin-row svg.body-map-small")!).Should().Equal("ShoulderRight", "UpperLeft");
        history.QuerySelector("li.checkin-row .checkin-areas p")!.TextContent.Should().Be("Where it hurt: Shoulder, right; Upper back, left");
    }

    [Fact]
    public async Task The_history_draws_the_back_once_and_each_entry_uses_it_with_only_its_own_marks()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        await client.LogAsync(null, ("Form.Pain", "3"), ("Form.Areas", "NeckLeft"));
        await client.LogAsync(null, ("Form.Pain", "4"));
        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "5"), ("Form.Areas", "CalfRight"), ("Form.Areas", "LowerLeft"));

        var symbols = history.QuerySelectorAll("svg.body-map-symbols").Should().ContainSingle("the outline is drawn once per page").Subject;
        symbols.GetAttribute("aria-hidden").Should().Be("true");
        symbols.QuerySelectorAll("symbol").Select(s => s.Id).Should().Equal("body-map-back", "body-map-lines");
        symbols.QuerySelectorAll("#body-map-back rect.region").Select(r => r.GetAttribute("data-area")).Should().Equal(BodyMap.Regions.Select(r => r.Name));
        symbols.QuerySelectorAll(".is-marked").Should().BeEmpty("the shared drawing marks nothing");
        history.QuerySelectorAll(".body-outline").Should().ContainSingle();
        history.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();
        history.QuerySelectorAll("[style]").Should().BeEmpty();

        var rows = history.QuerySelectorAll("li.checkin-row");
        rows.Should().HaveCount(3);
        var maps = rows.Select(row => row.QuerySelector("svg.body-map-small")).ToArray();
        maps[1].Should().BeNull("an entry with no areas draws no map");
        foreach (var map in new[] { maps[0]!, maps[2]! })
        {
            map.GetAttribute("aria-hidden").Should().Be("true");
            map.QuerySelectorAll("use").Select(u => u.GetAttribute("href")).Should().Equal("#body-map-back", "#body-map-lines");
            map.QuerySelectorAll("rect").Should().OnlyContain(r => r.ClassList.Contains("is-marked"));
        }

        Marked(maps[0]!).Should().Equal("LowerLeft", "CalfRight");
        Marked(maps[2]!).Should().Equal("NeckLeft");
        rows[0].QuerySelector(".checkin-areas p")!.TextContent.Should().Be("Where it hurt: Lower back, left; Calf or foot, right");
        rows[2].QuerySelector(".checkin-areas p")!.TextContent.Should().Be("Where it hurt: Neck, left");
    }

    [Fact]
    public async Task A_diary_without_marked_areas_carries_no_body_map_drawing()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "4"));

        history.QuerySelectorAll("li.checkin-row").Should().ContainSingle();
        history.QuerySelector("svg.body-map-symbols").Should().BeNull();
    }

    [Fact]
    public async Task A_marked_leg_prompts_the_leg_warning_questions_even_without_script()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        var blank = await client.GetPageAsync("/checkins/new");
        var hint = blank.QuerySelector("#Form_Symptoms [data-leg-hint]")!;
        hint.Should().NotBeNull("the hint sits beside the warning questions");
        hint.ClassList.Should().NotContain("is-prompted");
        blank.QuerySelectorAll("input[data-leg-symptom=true]").Select(i => i.GetAttribute("value")).Should().Equal("both-legs", "one-leg-weakness");
        blank.QuerySelectorAll("input[data-leg=true]").Select(i => i.GetAttribute("value")).Should().Equal("ThighLeft", "ThighRight", "CalfLeft", "CalfRight");

        // A problem elsewhere shows the form again with the leg still marked: now the hint stands out.
        var response = await client.LogAsync(null, ("Form.Pain", "4"), ("Form.Areas", "CalfLeft"), ("Form.Notes", new string('a', CheckIn.NotesMaxLength + 1)));
        var again = await Html.ParseAsync(response);

        again.QuerySelector("#Form_Symptoms [data-leg-hint]")!.ClassList.Should().Contain("is-prompted");
        again.QuerySelector("#Form_Symptoms [data-leg-hint]")!.TextContent.Should().Contain("one").And.Contain("both");
        again.QuerySelector<IHtmlInputElement>("#Form_Areas_CalfLeft")!.IsChecked.Should().BeTrue();
    }
}
