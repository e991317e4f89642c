using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Security;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>
/// Escape, bell and the other invisible control characters are removed from whatever a form or a link sends, the
/// same way on every form; a note's line breaks and tabs stay. A NUL in a posted form is refused whole by ASP.NET
/// Core's form reader (400, nothing saved); a NUL in a link is removed like the others.
/// </summary>
public sealed class ControlCharacterTests(ControlCharacterTests.Fixture app) : IClassFixture<ControlCharacterTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private const string Sent = "left\u0001 knot\u0007 \u001b[31mred\u001b[0m\u0085 eased\r\nby heat\tand rest";
    private const string Kept = "left knot [31mred[0m eased\r\nby heat\tand rest";

    [Fact]
    public void The_rule_removes_c0_and_c1_controls_but_keeps_tab_and_line_breaks()
    {
        ControlCharacters.Strip(Sent).Should().Be(Kept);
        ControlCharacters.Strip("a\0b").Should().Be("ab");
        ControlCharacters.Strip("plain text").Should().BeSameAs("plain text");
        ControlCharacters.Any("a\u007fb").Should().BeTrue("DEL is a control character too");
    }

    [Fact]
    public async Task A_check_in_note_is_saved_without_control_characters()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        await client.LogAndFollowAsync(null, ("Form.Pain", "4"), ("Form.Notes", Sent));

        // The check-in form stores a browser's CR LF line breaks as LF.
        (await app.CheckInsOfAsync(email)).Single().Notes.Should().Be(Kept.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_plans_goal_and_a_display_name_are_saved_without_control_characters()
    {
        var client = app.CreateBrowserClient();
        var page = await client.GetPageAsync("/account/register");
        var email = $"user-{Guid.NewGuid():N}@example.test";
        (await client.SubmitAsync(page, "form.form", ("Form.Email", email), ("Form.DisplayName", "Sam\u0002 Lee\u0007"),
            ("Form.Password", Accounts.Password), ("Form.ConfirmPassword", Accounts.Password))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var plan = await client.SubmitAsync(await client.GetPageAsync("/plan"), "form.plan-form",
            ("Form.Methods[0].Chosen", "true"), ("Form.Goal", "Walk\u0008 the dog\u001b"));
        plan.StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        user!.DisplayName.Should().Be("Sam Lee");
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        (await db.SavedPlans.Where(p => p.UserId == user.Id).SingleAsync()).Goal.Should().Be("Walk the dog");
    }

    [Fact]
    public async Task A_nul_in_a_posted_form_is_refused_and_nothing_is_saved()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();

        var response = await client.LogAsync(null, ("Form.Pain", "4"), ("Form.Notes", "before\0after"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector("h1").Text().Should().Be("That request didn't work");
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_visitors_print_link_shows_its_goal_without_control_characters()
    {
        var sheet = await app.CreateClient().GetPageAsync("/plan/print?start=2026-11-20&days=14&m=stretching.10.0800&goal=Sleep%00%07%20through");

        sheet.QuerySelector(".sheet-goal").Text().Should().Contain("Sleep through");
        sheet.QuerySelector(".sheet-goal")!.TextContent.Should().NotContain("\0").And.NotContain("\u0007");
    }
}
