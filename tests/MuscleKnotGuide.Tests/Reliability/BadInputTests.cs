using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Reports;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>
/// Bad input at every form and address: each gets a 4xx or the form again with a specific message next to the
/// field, never a server error, and nothing is written when the input is refused.
/// </summary>
public sealed class BadInputTests(BadInputTests.Fixture app) : IClassFixture<BadInputTests.Fixture>
{
    public sealed class Fixture : AppFactory
    {
        private Owner? _owner;

        /// <summary>Someone else with one check-in and one plan, whose ids the person tries.</summary>
        public async Task<Owner> OwnerAsync()
        {
            if (_owner is null)
            {
                var client = CreateBrowserClient();
                var email = await client.RegisterAsync();
                await client.LogAndFollowAsync(null, ("Form.Pain", "6"), ("Form.Notes", BadInputCases.OwnersNote));
                var plan = await client.SubmitAsync(await client.GetPageAsync("/plan"), BadInputCases.PlanForm, ("Form.Methods[0].Chosen", "true"));
                plan.StatusCode.Should().Be(HttpStatusCode.Redirect);
                _owner = new Owner((await this.CheckInsOfAsync(email)).Single().Id, int.Parse(plan.Headers.Location!.OriginalString["/plan/".Length..], System.Globalization.CultureInfo.InvariantCulture));
            }

            return _owner;
        }
    }

    public sealed record Owner(int CheckInId, int PlanId);

    public static TheoryData<string> Names => [.. BadInputCases.All.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_gets_a_clear_refusal_never_a_server_error_and_changes_nothing(string name)
    {
        var input = BadInputCases.All[name];
        var owner = await app.OwnerAsync();
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.LogAndFollowAsync(DateOnly.Parse(BadInputCases.Yesterday, System.Globalization.CultureInfo.InvariantCulture), ("Form.Pain", "3"), ("Form.Notes", "mine"));
        var mine = (await app.CheckInsOfAsync(email)).Single().Id;
        var before = await RowsAsync();

        var response = await input.Send(new BadInputPerson(client, app, owner, mine));
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().BeLessThan(500, body);
        response.StatusCode.Should().Be(input.Status);
        body.Should().NotContain(BadInputCases.OwnersNote, "nothing of another person's diary shows");
        if (input.Where is not null)
        {
            var page = await Html.ParseAsync(response);
            var shown = page.QuerySelector(input.Where).Text();
            if (input.Message!.EndsWith('…'))
            {
                shown.Should().StartWith(input.Message.TrimEnd('…'));
            }
            else
            {
                shown.Should().Be(input.Message);
            }
        }

        (await RowsAsync()).Should().Be(before, "refused input writes nothing");
        var stored = (await app.CheckInsOfAsync(email)).Single();
        (stored.Day, stored.PainLevel, stored.Notes).Should().Be((DateOnly.Parse(BadInputCases.Yesterday, System.Globalization.CultureInfo.InvariantCulture), 3, "mine"));
    }

    [Fact]
    public void The_table_covers_at_least_forty_bad_inputs()
    {
        BadInputCases.All.Should().HaveCountGreaterThanOrEqualTo(40);
    }

    private async Task<string> RowsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        return $"users {await db.Users.CountAsync()}, check-ins {await db.CheckIns.CountAsync()}, methods {await db.Set<MethodTried>().CountAsync()}, "
            + $"plans {await db.SavedPlans.CountAsync()}, planned {await db.Set<PlannedMethod>().CountAsync()}";
    }
}
