using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.YourData;

/// <summary>Run on both database providers: SQLite (the default) and PostgreSQL (a throw-away cluster).</summary>
public abstract class YourDataTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : YourDataTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : YourDataTests(app.Required()), IClassFixture<PostgresAppFactory>;

    private async Task<(HttpClient Client, string Email)> PersonWithDiaryAsync()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var notes = $"Sore after <script>alert('x')</script> & \"lifting\" {Guid.NewGuid():N}";
        await app.SeedAsync(email,
            [TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), 6, notes, "stretching", "heat-therapy"), TestDiary.FilledCheckIn(new DateOnly(2026, 11, 2), 4)],
            [TestDiary.Plan(new DateOnly(2026, 11, 3), "Sleep through the night")]);
        return (client, email);
    }

    private async Task<List<CheckIn>> CheckInsOfAsync(string email)
    {
        var userId = await app.UserIdOfAsync(email);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        return await db.CheckInsOf(userId).Include(c => c.Methods).OrderBy(c => c.Day).ToListAsync();
    }

    [Fact]
    public async Task The_data_page_needs_sign_in()
    {
        var response = await app.CreateBrowserClient().GetAsync(new Uri("/account/data", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePathOrSelf().Should().Be("/account/login");
    }

    [Fact]
    public async Task The_data_page_counts_the_diary_and_links_to_every_download()
    {
        var (client, _) = await PersonWithDiaryAsync();

        var page = await client.GetPageAsync("/account/data");

        page.QuerySelector("main p").Text().Should().Contain("2 check-ins and 1 saved plan");
        page.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href"))
            .Should().Equal("/account/data/checkins.csv", "/account/data/plans.csv", "/account/data/diary.json");
        page.QuerySelector("label[for=Upload]").Should().NotBeNull();
        page.QuerySelector("a[href='/account/data/delete']").Should().NotBeNull();
    }

    [Theory]
    [InlineData("/account/data/checkins.csv", "text/csv", ".csv")]
    [InlineData("/account/data/plans.csv", "text/csv", ".csv")]
    [InlineData("/account/data/diary.json", "application/json", ".json")]
    public async Task Each_download_is_an_attachment_that_is_not_stored(string url, string mediaType, string extension)
    {
        var (client, _) = await PersonWithDiaryAsync();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().StartWith("muscleknotguide-").And.EndWith(extension);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task An_unknown_download_is_a_404()
    {
        var (client, _) = await PersonWithDiaryAsync();

        (await client.GetAsync(new Uri("/account/data/passwords.csv", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_check_ins_csv_holds_my_days_methods_and_notes_and_nobody_elses()
    {
        var (client, email) = await PersonWithDiaryAsync();
        var someoneElse = app.CreateBrowserClient();
        var other = await someoneElse.RegisterAsync();
        await app.SeedAsync(other, [TestDiary.FilledCheckIn(new DateOnly(2026, 11, 5), 9, "someone else's note")]);
        var notes = (await CheckInsOfAsync(email))[0].Notes!;

        var bytes = await client.GetByteArrayAsync(new Uri("/account/data/checkins.csv", UriKind.Relative));

        bytes[..3].Should().Equal(Encoding.UTF8.GetPreamble());
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.TrimEnd().Split("\r\n");
        lines.Should().HaveCount(3, "a header and one row per check-in");
        lines[1].Should().StartWith("2026-11-01,,6,3,upper-left lower-right,,").And.Contain(notes.Replace("\"", "\"\"", StringComparison.Ordinal));
        lines[1].Should().Contain("yes,10,6,4,helped-a-little");
        text.Should().NotContain("someone else's note").And.NotContain("2026-11-05");
    }

    [Fact]
    public async Task A_json_export_imports_into_another_account_as_the_same_diary()
    {
        var (client, email) = await PersonWithDiaryAsync();
        var json = await client.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative));
        var other = app.CreateBrowserClient();
        var otherEmail = await other.RegisterAsync();

        var response = await other.ImportAsync(json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".flash").Text().Should().Be("Imported 2 check-ins and 1 plan.");
        var original = await CheckInsOfAsync(email);
        var imported = await CheckInsOfAsync(otherEmail);
        imported.Select(Describe).Should().Equal(original.Select(Describe));
        (await other.GetStringAsync(new Uri("/account/data/plans.csv", UriKind.Relative)))
            .Should().Be(await client.GetStringAsync(new Uri("/account/data/plans.csv", UriKind.Relative)));
    }

    [Fact]
    public async Task Importing_days_that_already_exist_lists_them_and_writes_nothing()
    {
        var (client, email) = await PersonWithDiaryAsync();
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("/account/data/diary.json", UriKind.Relative)))!;
        // One new day and the two that exist: all or nothing means the new one is not written either.
        var extra = json["checkIns"]![1]!.DeepClone();
        extra["day"] = "2026-11-10";
        json["checkIns"]!.AsArray().Add(extra);

        var response = await client.ImportAsync(json.ToJsonString());

        var page = await Html.ParseAsync(response);
        page.QuerySelectorAll(".existing-days time").Select(t => t.GetAttribute("datetime")).Should().Equal("2026-11-01", "2026-11-02");
        page.QuerySelector("#Upload-error").Text().Should().Contain("Nothing was imported");
        page.QuerySelector(".flash").Should().BeNull();
        (await CheckInsOfAsync(email)).Select(c => c.Day).Should().Equal(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2));
    }

    [Fact]
    public async Task A_file_with_one_bad_entry_writes_nothing_and_says_which_entry()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var json = """
            {"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z",
             "checkIns":[{"day":"2026-11-01","painLevel":4},{"day":"2026-11-02","painLevel":14}],
             "plans":[{"startDate":"2026-11-03","lengthDays":7}]}
            """;

        var page = await Html.ParseAsync(await client.ImportAsync(json));

        page.QuerySelector("#Upload-error").Text().Should().Contain("Check-in 2 (2026-11-02): pain level is 14");
        page.QuerySelector(".error-summary a[href='#Upload']").Should().NotBeNull();
        (await CheckInsOfAsync(email)).Should().BeEmpty();
        (await client.GetPageAsync("/account/data")).QuerySelector("main p").Text().Should().Contain("0 check-ins and 0 saved plans");
    }

    [Fact]
    public async Task When_the_database_refuses_one_row_of_an_import_the_whole_import_is_rolled_back()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await RefusePlansWithGoalAsync();
        var json = """
            {"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z",
             "checkIns":[{"day":"2026-11-01","painLevel":4},{"day":"2026-11-02","painLevel":5}],
             "plans":[{"startDate":"2026-11-03","lengthDays":7,"goal":"refused by the database"}]}
            """;

        var page = await Html.ParseAsync(await client.ImportAsync(json));

        page.QuerySelector("#Upload-error").Text().Should().Contain("Nothing was imported");
        (await CheckInsOfAsync(email)).Should().BeEmpty("the check-ins were written in the same transaction as the refused plan");
    }

    /// <summary>A trigger that fails the insert of one plan, the way a lost connection or a full disk would mid-save.</summary>
    private async Task RefusePlansWithGoalAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        var sql = db.Database.IsNpgsql()
            ? """
                CREATE OR REPLACE FUNCTION refuse_plan() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW."Goal" = 'refused by the database' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
                CREATE OR REPLACE TRIGGER refuse_plan BEFORE INSERT ON "SavedPlans" FOR EACH ROW EXECUTE FUNCTION refuse_plan();
                """
            : """
                CREATE TRIGGER IF NOT EXISTS refuse_plan BEFORE INSERT ON "SavedPlans"
                WHEN NEW."Goal" = 'refused by the database' BEGIN SELECT RAISE(ABORT, 'refused'); END;
                """;
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Theory]
    [InlineData("not json at all", "could not be read as a MuscleKnotGuide export")]
    [InlineData("""{"format":"muscleknotguide-diary","version":7}""", "version this app cannot read")]
    [InlineData("", "Choose the .json file")]
    public async Task A_malformed_or_wrong_file_gets_a_message_on_the_form_never_an_error_page(string json, string expected)
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var response = await client.ImportAsync(json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).QuerySelector("#Upload-error").Text().Should().Contain(expected);
    }

    [Fact]
    public async Task A_binary_file_gets_a_message_on_the_form()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var response = await client.ImportAsync(bytes, "photo.jpg");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).QuerySelector("#Upload-error").Text().Should().Contain("could not be read");
    }

    [Fact]
    public async Task Import_without_the_antiforgery_token_is_refused()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();
        using var content = new MultipartFormDataContent { { new StringContent("{}"), "Upload", "diary.json" } };

        var response = await client.PostAsync(new Uri("/account/data?handler=Import", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static string Describe(CheckIn c) =>
        $"{c.Day} {c.PainLevel} {c.Stiffness} {c.Areas} [{string.Join(',', c.WarningSymptoms)}] {c.Notes} "
        + string.Join(';', c.Methods.OrderBy(m => m.MethodSlug, StringComparer.Ordinal).Select(m => $"{m.MethodSlug}:{m.Minutes}:{m.PainBefore}:{m.PainAfter}:{m.Effect}"));
}
