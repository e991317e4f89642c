using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using static MuscleKnotGuide.Tests.CheckIns.CheckInSteps;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>A check-in the person saw saved survives the server being killed outright, and the file stays sound.</summary>
public sealed class CrashSafetyTests
{
    private const int Saved = 20;

    [Fact]
    public async Task Check_ins_saved_before_a_sigkill_are_all_there_after_a_restart_and_the_file_passes_an_integrity_check()
    {
        await using var server = await RealServer.StartAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var client = server.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var days = Enumerable.Range(0, Saved).Select(back => today.AddDays(-back)).ToArray();
        foreach (var day in days)
        {
            var response = await client.LogAsync(day, ("Form.Pain", $"{day.Day % 11}"), ("Form.Notes", $"note {Iso(day)}"));
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"the check-in for {Iso(day)} is saved");
        }

        // No graceful shutdown: the WAL is not checkpointed and no connection is closed.
        await server.KillAsync();
        File.Exists(server.DatabaseFile + "-wal").Should().BeTrue("the app was stopped without closing its database");
        await server.RestartAsync();

        var fresh = server.CreateBrowserClient();
        (await fresh.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var history = await fresh.GetPageAsync("/checkins");
        history.QuerySelectorAll(".checkin-day-group h2 time").Select(t => t.GetAttribute("datetime"))
            .Should().Equal(days.Select(Iso), "every saved day is listed, newest first");

        (await server.QueryAsync("PRAGMA integrity_check")).Should().Equal("ok");
        (await server.QueryAsync("PRAGMA foreign_key_check")).Should().BeEmpty();
        (await server.QueryAsync("SELECT Day || ' ' || PainLevel || ' ' || Notes FROM CheckIns ORDER BY Day DESC"))
            .Should().Equal(days.Select(d => $"{Iso(d)} {d.Day % 11} note {Iso(d)}"));
    }
}
