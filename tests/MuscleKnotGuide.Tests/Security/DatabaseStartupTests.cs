using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>A database the app cannot use stops it with one line that names the file, never a stack trace.</summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mkg-db-").FullName;

    [Fact]
    public async Task A_database_file_of_random_bytes_stops_the_app_with_a_clear_message_naming_the_file()
    {
        var database = Path.Combine(_folder, "not-sqlite.db");
        var bytes = new byte[16 * 1024];
        new Random(42).NextBytes(bytes);
        await File.WriteAllBytesAsync(database, bytes);

        var (exitCode, output) = await StartAsync(database);

        exitCode.Should().Be(1);
        output.Should().Contain($"MuscleKnotGuide cannot start: The database file '{database}' cannot be used: it is not a SQLite database");
        output.Should().NotContain("   at ", "a person starting the app gets a message, not a stack trace");
    }

    [Fact]
    public async Task A_database_folder_that_cannot_be_created_stops_the_app_with_a_clear_message_naming_the_file()
    {
        // A path "inside" an ordinary file: the folder can never be made, whoever runs the app.
        var blocker = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var database = Path.Combine(blocker, "data", "app.db");

        var (exitCode, output) = await StartAsync(database);

        exitCode.Should().Be(1);
        output.Should().Contain($"MuscleKnotGuide cannot start: The database file '{database}' cannot be used: its folder cannot be created");
        output.Should().NotContain("   at ");
    }

    [Fact]
    public async Task A_database_path_that_is_a_folder_stops_the_app_with_a_clear_message_naming_it()
    {
        var (exitCode, output) = await StartAsync(_folder);

        exitCode.Should().Be(1);
        output.Should().Contain($"MuscleKnotGuide cannot start: The database file '{_folder}' cannot be used: it cannot be opened");
        output.Should().NotContain("   at ");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Output)> StartAsync(string database)
    {
        await using var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = $"Data Source={database}",
        });
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, app.Output);
    }
}
