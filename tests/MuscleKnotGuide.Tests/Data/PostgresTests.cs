using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Account;
using MuscleKnotGuide.Tests.CheckIns;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>
/// The whole app on a real, throw-away PostgreSQL cluster (Database:Provider=PostgreSQL): its own migrations,
/// dates, the unique rule, cascade delete and the import transaction. Skipped without PostgreSQL, failed on CI.
/// </summary>
public sealed class PostgresTests : IAsyncLifetime
{
    private PostgresServer? _server;
    private AppFactory? _app;

    private AppFactory App => _app!;

    public async ValueTask InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _app = new AppFactory()
            .With("Database:Provider", "PostgreSQL")
            .With("ConnectionStrings:Default", _server.ConnectionString);
        _ = _app.Services;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_app_uses_the_postgresql_migrations_and_is_ready()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        db.Should().BeOfType<PostgresDiaryDbContext>();
        (await db.Database.GetAppliedMigrationsAsync()).Should().ContainSingle().Which.Should().EndWith("_InitialCreate");
        (await _server!.PsqlAsync("SELECT count(*) FROM \"__EFMigrationsHistory\"")).Trim().Should().Be("1");

        var client = App.CreateClient();
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_person_registers_signs_in_and_keeps_a_diary_with_one_check_in_a_day()
    {
        var client = App.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await client.SignOutAsync();
        (await client.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var history = await client.LogAndFollowAsync(null, ("Form.Pain", "6"), ("Form.Areas", "LowerLeft"));
        history.QuerySelector(".flash").Text().Should().Be("Saved your check-in for Friday 20 November 2026.");
        var stored = (await App.CheckInsOfAsync(email)).Should().ContainSingle().Subject;
        stored.Day.Should().Be(new DateOnly(2026, 11, 20));
        stored.CreatedAt.Should().Be(App.Clock.GetUtcNow());

        // The same day again: the unique index answers, and the person sees the message, not a 500.
        var again = await client.PostWithTokenAsync("/checkins/new", ("Form.Day", "2026-11-20"), ("Form.Pain", "3"));
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(again)).ErrorFor("Form_Day").Should().Contain("already exists");

        var edit = await client.GetPageAsync($"/checkins/{stored.Id}/edit");
        (await client.SubmitAsync(edit, CheckInSteps.Form, ("Form.Pain", "2"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await App.CheckInsOfAsync(email)).Should().ContainSingle().Which.PainLevel.Should().Be(2);

        (await client.GetAsync(new Uri("/insights", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        var delete = await client.GetPageAsync($"/checkins/{stored.Id}/delete");
        (await client.SubmitAsync(delete, "main form.form")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await App.CheckInsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task Imports_are_all_or_nothing_and_deleting_the_account_removes_every_row()
    {
        var client = App.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var bad = """
            {"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00+05:00",
             "checkIns":[{"day":"2026-11-01","painLevel":4},{"day":"2026-11-02","painLevel":14}],
             "plans":[{"startDate":"2026-11-03","lengthDays":7}]}
            """;
        (await Html.ParseAsync(await client.ImportAsync(bad))).QuerySelector("#Upload-error").Text().Should().Contain("pain level is 14");
        (await App.CheckInsOfAsync(email)).Should().BeEmpty();

        // An offset other than zero is stored as the same instant in UTC (timestamptz takes only UTC).
        var good = """
            {"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00+05:00",
             "checkIns":[{"day":"2026-11-01","painLevel":4,"createdAt":"2026-11-01T20:00:00+05:00","updatedAt":"2026-11-01T20:00:00+05:00"}],
             "plans":[{"startDate":"2026-11-03","lengthDays":7}]}
            """;
        (await Html.ParseAsync(await client.ImportAsync(good))).QuerySelector(".flash").Text().Should().Be("Imported 1 check-in and 1 plan.");
        (await App.CheckInsOfAsync(email)).Should().ContainSingle().Which.CreatedAt.Should().Be(new DateTimeOffset(2026, 11, 1, 15, 0, 0, TimeSpan.Zero));

        await App.SeedAsync(email, [DiaryData.CheckIn(new DateOnly(2026, 11, 5), methods: "stretching")], [DiaryData.Plan(new DateOnly(2026, 11, 10), "Sleep through")]);
        var userId = await App.UserIdOfAsync(email);
        int planId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
            planId = await db.SavedPlans.Where(p => p.UserId == userId && p.Goal == "Sleep through").Select(p => p.Id).SingleAsync();
        }

        (await client.GetPageAsync($"/plan/{planId}")).Body!.TextContent.Should().Contain("Sleep through");

        var page = await client.GetPageAsync("/account/data/delete");
        (await client.SubmitAsync(page, "form.form", ("Password", Accounts.Password))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        foreach (var table in new[] { "AspNetUsers", "CheckIns", "MethodsTried", "SavedPlans", "PlannedMethods" })
        {
            (await _server!.PsqlAsync($"SELECT count(*) FROM \"{table}\"")).Trim().Should().Be("0", $"nothing of the person is left in {table}");
        }
    }
}
