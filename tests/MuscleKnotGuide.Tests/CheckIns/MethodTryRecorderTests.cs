using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Tests.CheckIns;

public sealed class MethodTryRecorderTests(MethodTryRecorderTests.Fixture app) : IClassFixture<MethodTryRecorderTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 18, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_try_on_a_day_without_a_check_in_starts_the_day_with_the_pain_after()
    {
        var (email, userId) = await PersonAsync();

        var outcome = await RecordAsync(new MethodTry(userId, "stretching", 4, 6, 3, Day, At));

        outcome.Saved.Should().BeTrue();
        var day = (await app.CheckInsOfAsync(email)).Should().ContainSingle().Subject;
        day.Id.Should().Be(outcome.CheckInId);
        day.Day.Should().Be(Day);
        day.PainLevel.Should().Be(3, "the pain after the session is the latest the person gave");
        day.Methods.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MethodSlug = "stretching", Minutes = 4, PainBefore = 6, PainAfter = 3 });
    }

    [Fact]
    public async Task A_try_joins_the_days_existing_check_in_and_leaves_its_pain_alone()
    {
        var (email, userId) = await PersonAsync();
        await app.SeedAsync(email, CheckInSteps.ACheckIn(Day, pain: 7));

        await RecordAsync(new MethodTry(userId, "foam-rolling", 2, null, null, Day, At));

        var day = (await app.CheckInsOfAsync(email)).Should().ContainSingle().Subject;
        day.PainLevel.Should().Be(7);
        day.Methods.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MethodSlug = "foam-rolling", Minutes = 2, PainBefore = (int?)null, PainAfter = (int?)null });
    }

    [Fact]
    public async Task A_second_try_of_the_same_method_that_day_adds_its_minutes_and_keeps_the_first_pain_before()
    {
        var (email, userId) = await PersonAsync();

        await RecordAsync(new MethodTry(userId, "massage-therapy", 3, 6, 4, Day, At));
        await RecordAsync(new MethodTry(userId, "massage-therapy", 5, 5, 2, Day, At.AddHours(2)));

        var method = (await app.CheckInsOfAsync(email)).Single().Methods.Should().ContainSingle().Subject;
        method.Minutes.Should().Be(8);
        method.PainBefore.Should().Be(6);
        method.PainAfter.Should().Be(2);
    }

    [Fact]
    public async Task A_try_without_any_pain_on_a_day_without_a_check_in_is_refused_and_nothing_is_saved()
    {
        var (email, userId) = await PersonAsync();

        var outcome = await RecordAsync(new MethodTry(userId, "stretching", 3, null, null, Day, At));

        outcome.Saved.Should().BeFalse();
        outcome.Problem.Should().Contain("choose your pain now");
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 3, 3, "Minutes")]
    [InlineData(601, 3, 3, "Minutes")]
    [InlineData(5, -1, 3, "Pain")]
    [InlineData(5, 3, 11, "Pain")]
    public async Task Minutes_or_pain_outside_the_check_in_forms_limits_are_refused(int minutes, int before, int after, string problem)
    {
        var (email, userId) = await PersonAsync();

        var outcome = await RecordAsync(new MethodTry(userId, "stretching", minutes, before, after, Day, At));

        outcome.Problem.Should().StartWith(problem);
        (await app.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    private async Task<(string Email, string UserId)> PersonAsync()
    {
        var email = await app.CreateBrowserClient().RegisterAsync();
        return (email, await app.UserIdAsync(email));
    }

    private async Task<MethodTryOutcome> RecordAsync(MethodTry methodTry)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MethodTryRecorder>().RecordAsync(methodTry, CancellationToken.None);
    }
}
