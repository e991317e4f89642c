using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>
/// A save is answered "saved" only once the disk has it. With the write-ahead log gone from under the running app
/// (deleted, so its flush cannot open it), the person is told the entry may not be saved, never that it was.
/// </summary>
public sealed class UnconfirmedSaveTests
{
    [Fact]
    public async Task When_the_disk_cannot_confirm_a_save_the_person_is_told_it_may_not_be_saved_and_not_that_it_was()
    {
        await using var server = await RealServer.StartAsync();
        var client = server.CreateBrowserClient();
        await client.RegisterAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await client.LogAndFollowAsync(today, ("Form.Pain", "4"))).Body!.TextContent.Should().Contain("Saved your entry", "a save the disk confirms is saved");

        File.Delete(server.DatabaseFile + "-wal");
        foreach (var pain in new[] { "5", "6" })
        {
            var response = await client.LogAsync(today, ("Form.Pain", pain));

            response.StatusCode.Should().Be(HttpStatusCode.InternalServerError, "once a flush has failed, no later save is called safe");
            var page = await Html.ParseAsync(response);
            page.QuerySelector("h1").Text().Should().Be("Your entry may not be saved");
            page.QuerySelector("main").Text().Should().Contain("could not confirm that your entry was written safely");
            (await client.GetPageAsync("/checkins")).Body!.TextContent.Should().NotContain("Saved your entry");
        }

        server.App.HasExited.Should().BeFalse();
    }
}
