using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>
/// A visitor's print link carries their goal and methods in the address: the built app in Production, on real
/// Kestrel, sends that page with no-store and no referrer, whether the link is good or not.
/// </summary>
public sealed class PersonalLinkTests
{
    [Fact]
    public async Task A_visitors_print_link_is_never_stored_and_sends_no_referrer()
    {
        var database = Path.Combine(Path.GetTempPath(), $"mkg-link-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = AppProcess.Start(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Security__RequireHttps"] = "false",
                ["ConnectionStrings__Default"] = $"Data Source={database}",
            });
            await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            var start = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

            foreach (var (query, status) in new[]
            {
                ($"start={start}&days=14&m=stretching.10.0800&goal=Walk%20to%20the%20clinic%20by%20March", HttpStatusCode.OK),
                ($"start={start}&days=14&m=acupuncture.10.0800&goal=Walk%20to%20the%20clinic", HttpStatusCode.BadRequest),
            })
            {
                var response = await client.GetAsync(new Uri("/plan/print?" + query, UriKind.Relative));

                response.StatusCode.Should().Be(status);
                response.Headers.CacheControl?.NoStore.Should().BeTrue("the goal is in the address, and the page shows it");
                response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}
