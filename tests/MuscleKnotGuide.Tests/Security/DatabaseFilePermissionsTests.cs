using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>The diary holds health data: a new database is readable by the app's own user only.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DatabaseFilePermissionsTests
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task A_new_database_folder_is_0700_and_its_files_0600()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions only");
        var parent = Directory.CreateTempSubdirectory("mkg-perm-").FullName;
        try
        {
            var file = Path.Combine(parent, "App_Data", "diary.db");
            await using (var app = new AppFactory().With("ConnectionStrings:Default", $"Data Source={file}"))
            {
                var client = app.CreateBrowserClient();
                await client.RegisterAsync();

                File.GetUnixFileMode(Path.GetDirectoryName(file)!).Should().Be(OwnerOnlyFolder);
                File.GetUnixFileMode(file).Should().Be(OwnerOnlyFile);
                File.GetUnixFileMode(file + "-wal").Should().Be(OwnerOnlyFile, "SQLite gives its journal the database file's permissions");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task An_existing_folder_keeps_the_permissions_its_owner_gave_it()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions only");
        var parent = Directory.CreateTempSubdirectory("mkg-perm-").FullName;
        try
        {
            const UnixFileMode shared = OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
            File.SetUnixFileMode(parent, shared);
            await using (var app = new AppFactory().With("ConnectionStrings:Default", $"Data Source={Path.Combine(parent, "diary.db")}"))
            {
                (await app.CreateBrowserClient().GetAsync(new Uri("/health", UriKind.Relative))).EnsureSuccessStatusCode();
            }

            File.GetUnixFileMode(parent).Should().Be(shared);
            File.GetUnixFileMode(Path.Combine(parent, "diary.db")).Should().Be(OwnerOnlyFile);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(parent, recursive: true);
        }
    }
}
