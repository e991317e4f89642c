using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class MethodTryRecorderTests(MethodTryRecorderTests.Fixture app) : IClassFixture<MethodTryRecorderTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly TimeOnly At0810 = new(8, 10);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 8, 10, 0, TimeSpan.Zero);

    private static MethodTry ATry(string slug = "stretching", int? minutes = 10, int? before = 6, int? after = 4) =>
        new("someone", slug, minutes, before, after, Day, At0810, At);

    private GuideLibrary Library => app.Services.GetRequiredService<GuideCatalog>().Current;

    [Fact]
    public void A_try_becomes_an_entry_of_its_own_at_its_time_whose_pain_is_the_pain_after()
    {
        var entry = MethodTryRecorder.ToEntry(ATry());

        entry.Should().BeEquivalentTo(new { UserId = "someone", Day, Time = (TimeOnly?)At0810, PainLevel = 4, CreatedAt = At, UpdatedAt = At });
        entry.Methods.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MethodSlug = "stretching", Minutes = 10, PainBefore = 6, PainAfter = 4, Effect = (MethodEffect?)null });
    }

    [Fact]
    public void With_only_the_pain_before_the_entry_takes_that_as_its_pain()
    {
        MethodTryRecorder.ToEntry(ATry(after: null)).PainLevel.Should().Be(6);
    }

    [Theory]
    [InlineData("stretching", 10, 6, 4, null)]
    [InlineData("pain-medication", null, 7, null, null)]
    [InlineData("heat-therapy", null, null, 3, null)]
    [InlineData("stretching", 0, 6, 4, "Minutes must be a whole number from 1 to 600, or left empty.")]
    [InlineData("stretching", 601, 6, 4, "Minutes must be a whole number from 1 to 600, or left empty.")]
    [InlineData("stretching", 10, -1, 4, "Pain must be a whole number from 0 to 10.")]
    [InlineData("stretching", 10, 6, 11, "Pain must be a whole number from 0 to 10.")]
    [InlineData("stretching", 10, null, null, "Choose your pain now (or before you started), from 0 to 10: every diary entry needs a pain level.")]
    [InlineData("overview", 10, 6, 4, "\"overview\" is not one of the methods in the guides.")]
    [InlineData("yoga", 10, 6, 4, "\"yoga\" is not one of the methods in the guides.")]
    public void A_try_is_checked_against_the_check_in_forms_limits_and_needs_one_pain_score(string slug, int? minutes, int? before, int? after, string? problem)
    {
        MethodTryRecorder.Check(ATry(slug, minutes, before, after), Library).Should().Be(problem);
    }

    [Fact]
    public void A_day_holding_fifty_entries_has_no_room_for_another()
    {
        MethodTryRecorder.DayFull(Day, CheckInRules.MaxEntriesPerDay - 1).Should().BeNull();
        MethodTryRecorder.DayFull(Day, CheckInRules.MaxEntriesPerDay).Should().Be(
            "Friday 20 November 2026 already has 50 entries, the most a day can hold, so this was not saved. Delete or combine some in your diary, then save it again.");
    }

    [Fact]
    public async Task Two_tries_on_a_day_that_has_a_check_in_are_two_more_entries_and_the_check_in_is_left_alone()
    {
        var (email, userId) = await PersonAsync();
        await app.SeedAsync(email, TestDiary.ACheckIn(Day, pain: 7));

        var first = await RecordAsync(ATry() with { UserId = userId });
        var second = await RecordAsync(ATry("massage-therapy", null, 5, 2) with { UserId = userId, Time = new TimeOnly(18, 30) });

        first.Saved.Should().BeTrue();
        second.Saved.Should().BeTrue();
        var entries = await app.CheckInsOfAsync(email);
        entries.Should().HaveCount(3);
        entries.Should().ContainSingle(c => c.Methods.Count == 0).Which.PainLevel.Should().Be(7);
        entries.Single(c => c.Id == first.CheckInId).Should().BeEquivalentTo(new { Day, Time = (TimeOnly?)At0810, PainLevel = 4 });
        entries.Single(c => c.Id == second.CheckInId).Methods.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { MethodSlug = "massage-therapy", Minutes = (int?)null, PainBefore = 5, PainAfter = 2 });
    }

    [Fact]
    public async Task A_refused_try_saves_nothing()
    {
        var (email, userId) = await PersonAsync();

        var outcome = await RecordAsync(ATry(before: null, after: null) with { UserId = userId });

        outcome.Saved.Should().BeFalse();
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_day_with_fifty_entries_refuses_the_try_with_a_clear_message()
    {
        var (email, userId) = await PersonAsync();
        await app.SeedAsync(email, Enumerable.Range(0, CheckInRules.MaxEntriesPerDay).Select(_ => TestDiary.ACheckIn(Day, 3)).ToArray());

        var outcome = await RecordAsync(ATry() with { UserId = userId });

        outcome.Problem.Should().StartWith("Friday 20 November 2026 already has 50 entries");
        (await app.CheckInsOfAsync(email)).Should().HaveCount(CheckInRules.MaxEntriesPerDay);
        (await RecordAsync(ATry() with { UserId = userId, Day = Day.AddDays(-1) })).Saved.Should().BeTrue("the cap is per day");
    }

    [Fact]
    public async Task A_full_diary_refuses_the_try_with_the_diary_limits_message()
    {
        var (email, userId) = await PersonAsync();
        // Days long before any form's window: only the count matters here.
        await app.SeedAsync(email, Enumerable.Range(1, DiaryLimits.MaxCheckIns).Select(i => TestDiary.ACheckIn(new DateOnly(1900, 1, 1).AddDays(i))).ToArray());

        var outcome = await RecordAsync(ATry() with { UserId = userId });

        outcome.Problem.Should().Be(DiaryLimits.CheckInsFull);
        (await app.CheckInsOfAsync(email)).Should().HaveCount(DiaryLimits.MaxCheckIns);
    }

    private async Task<(string Email, string UserId)> PersonAsync()
    {
        var email = await app.CreateBrowserClient().RegisterAsync();
        return (email, await app.UserIdOfAsync(email));
    }

    private async Task<MethodTryOutcome> RecordAsync(MethodTry methodTry)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MethodTryRecorder>().RecordAsync(methodTry, CancellationToken.None);
    }
}
