using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Insights;

namespace MuscleKnotGuide.Tests.Insights;

/// <summary>"Did you get this checked?" on the insights page: asked once, "not yet" keeps the advice, "yes" retires it.</summary>
public sealed class SymptomCheckPageTests(SymptomCheckPageTests.Fixture app) : IClassFixture<SymptomCheckPageTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private static readonly DateOnly Today = new(2026, 11, 20);

    private static string FollowUpHeading(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".advice h2").Select(h => h.Text()).FirstOrDefault(h => h == SymptomFollowUp.Heading) ?? "";

    [Fact]
    public async Task Not_yet_keeps_the_advice_and_stops_asking_then_yes_retires_it()
    {
        var client = app.CreateBrowserClient();
        var userId = await app.RegisterWithCheckInsAsync(client, id => [TestDiary.CheckIn(id, Today.AddDays(-8), 4, ["fever"])]);

        var page = await client.GetPageAsync("/insights");
        FollowUpHeading(page).Should().Be(SymptomFollowUp.Heading);
        page.QuerySelector(".symptom-check-question").Text().Should().StartWith("Did you get “A fever");

        var notYet = await client.SubmitAsync(page, "form.symptom-check", ("answer", "not-yet"));
        notYet.StatusCode.Should().Be(HttpStatusCode.Redirect);
        notYet.Headers.Location!.OriginalString.Should().Be("/insights");
        page = await client.GetPageAsync("/insights");
        FollowUpHeading(page).Should().Be(SymptomFollowUp.Heading, "not yet keeps the advice");
        page.QuerySelector("form.symptom-check").Should().BeNull("the question is asked once");

        // A later answer from the home page (say, after the doctor's visit) retires it.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MuscleKnotGuide.Web.Data.DiaryDbContext>();
            var check = await db.SymptomChecks.SingleAsync(c => c.UserId == userId);
            check.Checked.Should().BeFalse();
            check.UpToDay.Should().Be(Today.AddDays(-8));
            db.SymptomChecks.Remove(check);
            await db.SaveChangesAsync();
        }

        page = await client.GetPageAsync("/");
        var yes = await client.SubmitAsync(page, "form.symptom-check", ("answer", "yes"));
        yes.Headers.Location!.OriginalString.Should().Be("/");
        FollowUpHeading(await client.GetPageAsync("/insights")).Should().BeEmpty("yes retires the advice");
        FollowUpHeading(await client.GetPageAsync("/")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("night-pain", "-8", "yes")]
    [InlineData("fever", "-3", "yes")]
    [InlineData("fever", "-8", "maybe")]
    [InlineData("made-up", "-8", "yes")]
    [InlineData("fever", "nonsense", "yes")]
    public async Task An_answer_about_a_symptom_not_recorded_that_day_is_refused(string code, string day, string answer)
    {
        var client = app.CreateBrowserClient();
        await app.RegisterWithCheckInsAsync(client, id => [TestDiary.CheckIn(id, Today.AddDays(-8), 4, ["fever"])]);
        var page = await client.GetPageAsync("/insights");
        var dayValue = int.TryParse(day, out var offset) ? MuscleKnotGuide.Web.Text.DayText.Iso(Today.AddDays(offset)) : day;

        var response = await client.SubmitAsync(page, "form.symptom-check", ("code", code), ("day", dayValue), ("answer", answer));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        FollowUpHeading(await client.GetPageAsync("/insights")).Should().Be(SymptomFollowUp.Heading);
    }

    [Fact]
    public async Task A_return_address_from_outside_goes_to_insights_instead()
    {
        var client = app.CreateBrowserClient();
        await app.RegisterWithCheckInsAsync(client, id => [TestDiary.CheckIn(id, Today.AddDays(-9), 4, ["fever"])]);
        var page = await client.GetPageAsync("/insights");

        var response = await client.SubmitAsync(page, "form.symptom-check", ("answer", "not-yet"), ("returnTo", "https://evil.example/"));

        response.Headers.Location!.OriginalString.Should().Be("/insights");
    }
}
