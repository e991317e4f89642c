using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Data;

/// <summary>A wrong Database:Provider setting stops the app with one line naming the setting, never a stack trace.</summary>
public sealed class DatabaseProviderStartupTests
{
    [Fact]
    public async Task An_unknown_provider_stops_the_app_naming_the_setting()
    {
        var (exitCode, output) = await StartAsync("MySql", "Data Source=unused.db");

        exitCode.Should().Be(1);
        output.Should().Contain("MuscleKnotGuide cannot start: Database:Provider 'MySql' is not known; use Sqlite (the default) or PostgreSQL.");
        output.Should().NotContain("   at ");
    }

    [Fact]
    public async Task PostgreSQL_without_a_connection_string_stops_the_app_naming_the_setting()
    {
        var (exitCode, output) = await StartAsync("PostgreSQL", "");

        exitCode.Should().Be(1);
        output.Should().Contain("MuscleKnotGuide cannot start: Database:Provider is PostgreSQL but ConnectionStrings:Default is empty");
        output.Should().NotContain("   at ");
    }

    [Fact]
    public async Task A_postgresql_server_that_does_not_answer_stops_the_app_naming_the_setting()
    {
        // A free loopback port: nothing listens there.
        var (exitCode, output) = await StartAsync("PostgreSQL", $"Host=127.0.0.1;Port={AppProcess.FreePort()};Database=muscleknotguide;Username=muscleknotguide;Timeout=5");

        exitCode.Should().Be(1);
        output.Should().Contain("MuscleKnotGuide cannot start: The database server cannot be used:").And.Contain("(check ConnectionStrings:Default)");
        output.Should().NotContain("   at ");
    }

    private static async Task<(int ExitCode, string Output)> StartAsync(string provider, string connectionString)
    {
        await using var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Default"] = connectionString,
        });
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, app.Output);
    }
}
