using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>Every rule: the message sits next to its field, the form keeps the input, and nothing is stored.</summary>
public sealed class CheckInValidationTests(CheckInValidationTests.Fixture app) : IClassFixture<CheckInValidationTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    public static TheoryData<string, string, string, string> Invalid => new()
    {
        // field sent, value, id of the field whose message shows, the message (or its start)
        { "Form.Pain", "-1", "Form_Pain", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable)." },
        { "Form.Pain", "11", "Form_Pain", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable)." },
        { "Form.Pain", "abc", "Form_Pain", "Pain must be a whole number from 0 (no pain) to 10 (worst pain imaginable)." },
        { "Form.Pain", "", "Form_Pain", "Choose your pain level, from 0 (no pain) to 10 (worst pain imaginable)." },
        { "Form.Day", "2026-11-21", "Form_Day", "Saturday 21 November 2026 hasn't happened yet. Check-ins are for today or an earlier day." },
        { "Form.Day", "2026-10-21", "Form_Day", "Check-ins can go back 30 days: choose a date from Thursday 22 October 2026 to today." },
        { "Form.Day", "2026-02-30", "Form_Day", "Enter a real date, for example 2026-11-20." },
        { "Form.Day", "20/11/2026", "Form_Day", "Enter a real date, for example 2026-11-20." },
        { "Form.Day", "", "Form_Day", "Enter the date of this check-in." },
        { "Form.Notes", new string('a', CheckIn.NotesMaxLength + 1), "Form_Notes", "Notes can be up to 2,000 characters; these are 2,001. Please shorten them." },
        { "Form.Stiffness", "11", "Form_Stiffness", "Stiffness must be a whole number from 0 to 10, or \"not recorded\"." },
        { "Form.Stiffness", "-1", "Form_Stiffness", "Stiffness must be a whole number from 0 to 10, or \"not recorded\"." },
        { "Form.Areas", "Neck", "Form_Areas", "Choose where it hurts from the parts of the body map shown. Reload the page and tick them again." },
        { "Form.Areas", "63", "Form_Areas", "Choose where it hurts from the parts of the body map shown. Reload the page and tick them again." },
        { "Form.Areas", "131072", "Form_Areas", "Choose where it hurts from the parts of the body map shown. Reload the page and tick them again." },
        { "Form.Areas", "None", "Form_Areas", "Choose where it hurts from the parts of the body map shown. Reload the page and tick them again." },
        { "Form.Areas", "neck-left", "Form_Areas", "Choose where it hurts from the parts of the body map shown. Reload the page and tick them again." },
        { "Form.Symptoms", "sore-toe", "Form_Symptoms", "One of the warning symptoms sent is not on this form. Reload the page and tick them again." },
        { "Form.Methods[0].Minutes", "601", "Form_Methods_0__Minutes", "Massage therapy: minutes must be a whole number from 0 to 600." },
        { "Form.Methods[0].Minutes", "-5", "Form_Methods_0__Minutes", "Massage therapy: minutes must be a whole number from 0 to 600." },
        { "Form.Methods[0].Minutes", "ten", "Form_Methods_0__Minutes", "Massage therapy: minutes must be a whole number from 0 to 600." },
        { "Form.Methods[0].PainBefore", "11", "Form_Methods_0__PainBefore", "Massage therapy: pain before must be a whole number from 0 to 10." },
        { "Form.Methods[0].PainBefore", "-1", "Form_Methods_0__PainBefore", "Massage therapy: pain before must be a whole number from 0 to 10." },
        { "Form.Methods[0].PainAfter", "11", "Form_Methods_0__PainAfter", "Massage therapy: pain after must be a whole number from 0 to 10." },
        { "Form.Methods[0].PainAfter", "-1", "Form_Methods_0__PainAfter", "Massage therapy: pain after must be a whole number from 0 to 10." },
        { "Form.Methods[0].Effect", "Miraculous", "Form_Methods_0__Effect", "Massage therapy: choose how it helped from the list." },
        { "Form.Methods[0].Slug", "acupuncture", "Form_Methods", "\"acupuncture\" is not one of the methods on this form. Reload the page and try again." },
        { "Form.Methods[1].Slug", "massage-therapy", "Form_Methods", "Massage therapy was sent twice. Tick each method once." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_check_in_shows_the_message_next_to_the_field_and_stores_nothing(string field, string value, string fieldId, string message)
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        // Methods 0 and 1 are ticked so their details (and a repeated or unknown slug) are judged.
        var values = new List<(string, string)> { ("Form.Methods[0].Tried", "true"), ("Form.Methods[1].Tried", "true"), ("Form.Notes", "kept") };
        values.RemoveAll(v => v.Item1 == field);
        values.Add((field, value));
        if (field != "Form.Pain")
        {
            values.Add(("Form.Pain", "5"));
        }

        var response = await client.LogAsync(null, [.. values]);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form is shown again, never an error page");
        var page = await Html.ParseAsync(response);
        page.ErrorFor(fieldId).Should().Be(message);
        page.QuerySelector(".error-summary").Text().Should().Contain(message);
        page.QuerySelector($".error-summary a[href='#{fieldId}']").Should().NotBeNull("the summary links to the field");
        page.QuerySelector($"#{fieldId}").Should().NotBeNull("the summary's link has a target");
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_form_shown_again_keeps_everything_the_person_entered()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var response = await client.LogAsync(null,
            ("Form.Pain", "12"), ("Form.Stiffness", "4"), ("Form.Areas", "UpperRight"), ("Form.Symptoms", "fever"),
            ("Form.Methods[2].Tried", "true"), ("Form.Methods[2].Minutes", "20"), ("Form.Methods[2].PainAfter", "11"), ("Form.Methods[2].Effect", "HelpedALot"),
            ("Form.Notes", "Slept on the sofa\r\nagain."));

        var page = await Html.ParseAsync(response);
        page.QuerySelector<IHtmlInputElement>("#Form_Stiffness_4")!.IsChecked.Should().BeTrue();
        page.QuerySelector<IHtmlInputElement>("#Form_Areas_UpperRight")!.IsChecked.Should().BeTrue();
        page.QuerySelector<IHtmlInputElement>("#Form_Symptoms_fever")!.IsChecked.Should().BeTrue();
        page.QuerySelector<IHtmlInputElement>("#Form_Methods_2__Tried")!.IsChecked.Should().BeTrue();
        page.QuerySelector<IHtmlInputElement>("#Form_Methods_2__Minutes")!.Value.Should().Be("20");
        page.QuerySelector<IHtmlInputElement>("#Form_Methods_2__PainAfter")!.Value.Should().Be("11");
        page.QuerySelector<IHtmlSelectElement>("#Form_Methods_2__Effect")!.Value.Should().Be("HelpedALot");
        page.QuerySelector("#Form_Methods_2__Minutes")!.Closest("details")!.HasAttribute("open").Should().BeTrue("a row with a problem is shown open");
        page.QuerySelector<IHtmlTextAreaElement>("#Form_Notes")!.Value.Should().Contain("Slept on the sofa").And.Contain("again.");
        page.ErrorFor("Form_Pain").Should().NotBeEmpty();
        page.ErrorFor("Form_Methods_2__PainAfter").Should().NotBeEmpty();
        page.QuerySelector<IHtmlInputElement>("#Form_Pain_10")!.IsChecked.Should().BeFalse();
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task Notes_of_exactly_the_limit_are_saved_and_line_breaks_count_once()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var notes = new string('a', CheckIn.NotesMaxLength);

        await client.LogAndFollowAsync(null, ("Form.Pain", "1"), ("Form.Notes", notes));
        (await app.CheckInsOfAsync(email)).Single().Notes.Should().Be(notes);

        // Browsers send each line break as two characters but count it as one against maxlength.
        var withBreaks = string.Join("\r\n", Enumerable.Repeat(new string('b', 99), 20));
        await client.LogAndFollowAsync(app.Today().AddDays(-1), ("Form.Pain", "1"), ("Form.Notes", withBreaks));
        (await app.CheckInsOfAsync(email)).First().Notes.Should().HaveLength(CheckIn.NotesMaxLength - 1);
    }

    [Fact]
    public async Task Details_left_in_an_unticked_method_are_ignored_not_refused()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        await client.LogAndFollowAsync(null, ("Form.Pain", "3"), ("Form.Methods[3].Minutes", "999"), ("Form.Methods[3].PainBefore", "40"));

        (await app.CheckInsOfAsync(email)).Single().Methods.Should().BeEmpty();
    }

    [Fact]
    public async Task An_invalid_edit_leaves_the_stored_check_in_unchanged()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.LogAndFollowAsync(null, ("Form.Pain", "4"), ("Form.Methods[0].Tried", "true"), ("Form.Notes", "first"));
        var before = (await app.CheckInsOfAsync(email)).Single();

        var edit = await client.GetPageAsync($"/checkins/{before.Id}/edit");
        var response = await client.SubmitAsync(edit, Form,
            ("Form.Notes", "changed"), ("Form.Methods[1].Tried", "true"), ("Form.Methods[1].PainBefore", "11"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).ErrorFor("Form_Methods_1__PainBefore").Should().Be("Stretching: pain before must be a whole number from 0 to 10.");
        var after = (await app.CheckInsOfAsync(email)).Single();
        after.Notes.Should().Be("first");
        after.UpdatedAt.Should().Be(before.UpdatedAt);
        after.Methods.Select(m => m.MethodSlug).Should().Equal("massage-therapy");
    }
}
