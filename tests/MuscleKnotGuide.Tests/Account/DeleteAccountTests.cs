using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Account;

/// <summary>Run on both database providers: SQLite (the default) and PostgreSQL (a throw-away cluster).</summary>
public abstract class DeleteAccountTests(AppFactory app)
{
    public sealed class OnSqlite(AppFactory app) : DeleteAccountTests(app), IClassFixture<AppFactory>;

    public sealed class OnPostgreSQL(PostgresAppFactory app) : DeleteAccountTests(app.Required()), IClassFixture<PostgresAppFactory>;

    /// <summary>A person with a diary, a plan, and a claim, a login, a token and a role, so every table has a row of theirs.</summary>
    private async Task<(HttpClient Client, string Email, string UserId)> PersonInEveryTableAsync()
    {
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        await app.SeedAsync(email,
            [TestDiary.FilledCheckIn(new DateOnly(2026, 11, 1), 6, "note", "stretching", "heat-therapy"), TestDiary.FilledCheckIn(new DateOnly(2026, 11, 2), 4, null, "foam-rolling")],
            [TestDiary.Plan(new DateOnly(2026, 11, 3), "goal")]);
        var userId = await app.UserIdOfAsync(email);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
        var user = (await users.FindByIdAsync(userId))!;
        await users.AddClaimAsync(user, new System.Security.Claims.Claim("test", "claim"));
        await users.AddLoginAsync(user, new Microsoft.AspNetCore.Identity.UserLoginInfo("test-provider", userId, "Test"));
        await users.SetAuthenticationTokenAsync(user, "test-provider", "token", "value");
        if (!await roles.RoleExistsAsync("tester"))
        {
            await roles.CreateAsync(new Microsoft.AspNetCore.Identity.IdentityRole("tester"));
        }

        await users.AddToRoleAsync(user, "tester");
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        db.RiskHistories.Add(new MuscleKnotGuide.Web.AboutYou.RiskHistory { UserId = userId, Osteoporosis = true });
        db.SymptomChecks.Add(new MuscleKnotGuide.Web.Insights.SymptomCheck { UserId = userId, SymptomCode = "fever", UpToDay = new DateOnly(2026, 11, 1) });
        await db.SaveChangesAsync();
        return (client, email, userId);
    }

    /// <summary>
    /// Every table of the model, with how many rows belong to the person: rows holding their user id in any column,
    /// and rows pointing at their check-ins or plans. A table the model gains later is counted too, or the test fails
    /// until someone says how it links to a person.
    /// </summary>
    private async Task<Dictionary<string, long>> RowsOfAsync(string userId, int[] checkInIds, int[] planIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        // The context's own connection, so the same SQL counts on SQLite and on PostgreSQL.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var conditions = new List<string>();
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName();
                if (property.ClrType == typeof(string))
                {
                    conditions.Add($"\"{column}\" = @user");
                }
                else if (column == "CheckInId" && checkInIds.Length > 0)
                {
                    conditions.Add($"\"{column}\" IN ({string.Join(',', checkInIds)})");
                }
                else if (column == "SavedPlanId" && planIds.Length > 0)
                {
                    conditions.Add($"\"{column}\" IN ({string.Join(',', planIds)})");
                }
            }

            conditions.Should().NotBeEmpty($"the table {table} must have a column that ties its rows to a person");
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {string.Join(" OR ", conditions)}";
            var user = command.CreateParameter();
            user.ParameterName = "user";
            user.Value = userId;
            command.Parameters.Add(user);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private async Task<(int[] CheckIns, int[] Plans)> IdsOfAsync(string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        return (await db.CheckInsOf(userId).Select(c => c.Id).ToArrayAsync(), await db.PlansOf(userId).Select(p => p.Id).ToArrayAsync());
    }

    [Fact]
    public async Task Deleting_with_the_password_leaves_nothing_of_mine_in_any_table()
    {
        var (client, email, userId) = await PersonInEveryTableAsync();
        var (other, otherEmail, otherId) = await PersonInEveryTableAsync();
        var (checkInIds, planIds) = await IdsOfAsync(userId);
        var before = await RowsOfAsync(userId, checkInIds, planIds);
        // DataProtectionKeys holds the app's cookie-signing keys, nobody's own rows (Security/KeyStorage.cs).
        before.Keys.Should().Contain(["AspNetUsers", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens", "AspNetUserRoles", "CheckIns", "MethodsTried", "SavedPlans", "PlannedMethods"]);
        before.Where(t => t.Key != "AspNetRoles" && t.Key != "AspNetRoleClaims" && t.Key != "DataProtectionKeys").Should().OnlyContain(t => t.Value > 0, "the person has rows in every table that can hold them");

        var page = await client.GetPageAsync("/account/data/delete");
        var response = await client.SubmitAsync(page, "form.form", ("Password", Accounts.Password));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePathOrSelf().Should().Be("/account/deleted");
        (await RowsOfAsync(userId, checkInIds, planIds)).Should().OnlyContain(t => t.Value == 0);
        var (otherCheckIns, otherPlans) = await IdsOfAsync(otherId);
        otherCheckIns.Should().HaveCount(2, "another person's diary is untouched");
        otherPlans.Should().HaveCount(1);
        (await client.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Redirect, "the person is signed out");
        (await client.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.OK, "the account no longer exists");
        (await other.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "the other person stays signed in");
        await other.SignOutAsync();
        (await other.SignInAsync(otherEmail)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_deleted_page_confirms_it_to_a_signed_out_visitor()
    {
        var page = await app.CreateClient().GetPageAsync("/account/deleted");

        page.QuerySelector("h1").Text().Should().Be("Your account is deleted");
    }

    [Fact]
    public async Task A_wrong_password_deletes_nothing_and_says_so()
    {
        var (client, _, userId) = await PersonInEveryTableAsync();
        var (checkInIds, planIds) = await IdsOfAsync(userId);
        var before = await RowsOfAsync(userId, checkInIds, planIds);

        var page = await client.GetPageAsync("/account/data/delete");
        var response = await client.SubmitAsync(page, "form.form", ("Password", "not my password"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var result = await Html.ParseAsync(response);
        result.QuerySelector("#Password-error").Text().Should().Be("That is not your password. Nothing was deleted.");
        (await RowsOfAsync(userId, checkInIds, planIds)).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task An_empty_password_asks_for_it()
    {
        var (client, _, _) = await PersonInEveryTableAsync();

        var page = await client.GetPageAsync("/account/data/delete");
        var response = await client.SubmitAsync(page, "form.form", ("Password", ""));

        (await Html.ParseAsync(response)).QuerySelector("#Password-error").Text().Should().Be("Type your password to delete your account.");
    }
}
