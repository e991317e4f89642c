using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>The endpoints an orchestrator polls: live (the process) and ready (database and migrations).</summary>
public sealed class HealthTests(HealthTests.Fixture app) : IClassFixture<HealthTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Each_health_endpoint_answers_healthy_and_is_never_cached(string path)
    {
        var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }
}
