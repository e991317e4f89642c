using System.Net;
using System.Text.Json.Nodes;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Reliability;
using static MuscleKnotGuide.Tests.Plans.PlanTestData;

namespace MuscleKnotGuide.Tests.YourData;

/// <summary>The backup a person downloads restores into a fresh account, over real HTTP on the built app.</summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_plan_with_pain_medication_saved_through_the_form_restores_from_its_own_export()
    {
        await using var server = await RealServer.StartAsync();
        var owner = server.CreateBrowserClient();
        await owner.RegisterAsync();
        var form = await owner.GetPageAsync("/plan");
        var saved = await owner.SubmitAsync(form, "form.plan-form", ChooseAll().Append(("Form.Goal", "Sleep through the night")).ToArray());
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, "the plan form saves a plan with every method, pain medication included");
        var json = await owner.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative));
        var medication = JsonNode.Parse(json)!["plans"]![0]!["methods"]!.AsArray().Single(m => m!["method"]!.GetValue<string>() == "pain-medication")!;
        medication["timesPerDay"]!.GetValue<int>().Should().Be(0, "the form stores pain medication without a schedule");

        var fresh = server.CreateBrowserClient();
        await fresh.RegisterAsync();
        var import = await fresh.ImportAsync(json);

        import.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(import);
        page.QuerySelector("#Upload-error").Text().Should().BeEmpty();
        page.QuerySelector(".flash").Text().Should().Be("Imported 0 check-ins and 1 plan.");
        (await fresh.GetStringAsync(new Uri("/account/data/plans.csv", UriKind.Relative)))
            .Should().Be(await owner.GetStringAsync(new Uri("/account/data/plans.csv", UriKind.Relative)));
        var restored = JsonNode.Parse(await fresh.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative)))!;
        restored["plans"]!.ToJsonString().Should().Be(JsonNode.Parse(json)!["plans"]!.ToJsonString());
    }
}
