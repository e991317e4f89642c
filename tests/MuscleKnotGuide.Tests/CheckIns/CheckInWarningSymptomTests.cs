using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;
using static MuscleKnotGuide.Tests.Infrastructure.TestDiary;

namespace MuscleKnotGuide.Tests.CheckIns;

/// <summary>
/// Warning symptoms on the check-in form: the checkboxes from the content, and the advice straight after saving. Run
/// on both database providers: SQLite (the default) and PostgreSQL (a throw-away cluster).
/// </summary>
public abstract class CheckInWarningSymptomTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : CheckInWarningSymptomTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : CheckInWarningSymptomTests(app.Required()), IClassFixture<PostgresAppFactory>;

    [Fact]
    public async Task An_emergency_symptom_shows_emergency_advice_naming_it_straight_after_saving()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "7"), ("Form.Symptoms", "chest-pain"), ("Form.Symptoms", "fever"));

        var advice = history.QuerySelector(".advice.advice-emergency");
        advice.Should().NotBeNull();
        advice!.QuerySelector("h2").Text().Should().Be("Call emergency services or go to an emergency department now");
        advice.QuerySelectorAll("li").Select(li => li.Text()).Should().ContainSingle().Which.Should().Contain("“Chest pain”");
        advice.QuerySelector("a[href='/guides/when-to-seek-care']").Should().NotBeNull();

        var later = await client.GetPageAsync("/checkins");
        later.QuerySelector(".advice").Should().BeNull("the advice belongs to the save just made, not every visit");
        later.QuerySelector(".symptom-flag").Text().Should().Be("Warning symptoms noted");
    }

    [Fact]
    public async Task An_urgent_symptom_shows_see_a_doctor_urgently_advice()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "4"), ("Form.Symptoms", "night-pain"));

        history.QuerySelector(".advice-emergency").Should().BeNull();
        var advice = history.QuerySelector(".advice.advice-urgent")!;
        advice.QuerySelector("h2").Text().Should().Be("See a doctor urgently, today or tomorrow");
        advice.QuerySelectorAll("li").Select(li => li.Text()).Should().ContainSingle().Which.Should().Contain("“Pain that is worse at night or not eased by rest”");

        var edit = await client.GetPageAsync(history.QuerySelector("li.checkin-row a[href$='/edit']")!.GetAttribute("href")!);
        edit.QuerySelector(".advice.advice-urgent").Should().NotBeNull("reopening a check-in with a warning symptom repeats the advice");
        edit.QuerySelector<IHtmlInputElement>("#Form_Symptoms_night-pain")!.IsChecked.Should().BeTrue();
    }

    [Fact]
    public async Task The_symptom_checkboxes_come_from_the_content_in_two_tiers()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        var form = await client.GetPageAsync("/checkins/new");

        var groups = form.QuerySelectorAll("fieldset.symptom-group").ToArray();
        groups.Should().HaveCount(2);
        groups[0].QuerySelector("legend").Text().Should().Contain("emergency");
        groups[0].QuerySelectorAll("input[type=checkbox]").Select(i => i.GetAttribute("value"))
            .Should().Equal("saddle-numbness", "bladder-bowel", "sexual-function", "both-legs", "chest-pain", "heart-attack-signs", "tearing-pain", "serious-fall");
        groups[1].QuerySelectorAll("input[type=checkbox]").Select(i => i.GetAttribute("value"))
            .Should().Equal("fever", "weight-loss", "swelling-deformity", "night-pain", "upper-back-constant", "cough-sneeze-poo", "one-leg-weakness");
        form.QuerySelectorAll("input[name$='.Slug']").Select(i => i.GetAttribute("value"))
            .Should().Equal("massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication");
        foreach (var box in form.QuerySelectorAll("input[type=checkbox], input[type=radio], input[type=number], input[type=date], select, textarea"))
        {
            form.QuerySelector($"label[for='{box.Id}']").Should().NotBeNull($"#{box.Id} needs a real label");
        }

        form.QuerySelectorAll(".body-map-choices input[type=checkbox]").Select(i => form.QuerySelector($"label[for='{i.Id}']").Text())
            .Should().Equal("Neck, left", "Neck, right", "Shoulder, left", "Shoulder, right", "Between the shoulder blades",
                "Upper back, left", "Upper back, right", "Middle back, left", "Middle back, right", "Lower back, left", "Lower back, right",
                "Buttock or hip, left", "Buttock or hip, right", "Thigh, left", "Thigh, right", "Calf or foot, left", "Calf or foot, right");
        form.QuerySelector("#Form_Pain-hint").Text().Should().Contain("0 = no pain, 10 = worst pain imaginable");
        form.QuerySelectorAll("script:not([src])").Should().BeEmpty("no inline script");
    }
}
