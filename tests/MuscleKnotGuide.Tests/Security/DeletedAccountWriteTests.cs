using System.Net;
using Microsoft.Data.Sqlite;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Plans;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>
/// Issue 17, item 2: the person behind a cookie is deleted (on another device, or straight from the database);
/// saving a check-in or a plan with the old cookie answers a sign-in redirect, never a 500.
/// </summary>
public sealed class DeletedAccountWriteTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Saving_a_check_in_or_a_plan_after_the_person_row_is_deleted_redirects_to_sign_in(bool foreignKeysOn)
    {
        // With foreign keys on, the delete cascades to the sessions (the cookie is dead at once); with them off, the
        // session row outlives its person, so the save itself meets the missing person and the guard answers.
        await using var app = new AppFactory();
        var client = app.CreateBrowserClient();
        var email = await client.RegisterAsync();
        var userId = await app.UserIdOfAsync(email);
        var checkInForm = await client.GetPageAsync("/checkins/new");
        var planForm = await client.GetPageAsync("/plan");

        await using (var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA foreign_keys = {(foreignKeysOn ? "ON" : "OFF")}; DELETE FROM AspNetUsers WHERE Id = $id;";
            command.Parameters.AddWithValue("$id", userId);
            await command.ExecuteNonQueryAsync();
        }

        var checkIn = await client.SubmitAsync(checkInForm, "form.checkin-form", ("Form.Pain", "3"));
        checkIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        checkIn.Headers.Location!.OriginalString.Should().StartWith("/account/login");

        var plan = await client.SubmitAsync(planForm, "form.plan-form", PlanTestData.ChooseAll());
        plan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        plan.Headers.Location!.OriginalString.Should().StartWith("/account/login");

        (await app.WithDbAsync(db => Task.FromResult(db.CheckIns.Count() + db.SavedPlans.Count()))).Should().Be(0, "nothing was half-saved");
    }
}
