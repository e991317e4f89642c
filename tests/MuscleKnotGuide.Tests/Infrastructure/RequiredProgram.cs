namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>
/// A program a real-server test needs (nginx, PostgreSQL, Redis, openssl). Missing on a developer's machine: the
/// test is skipped and says how to install it. Missing on CI (<c>CI=true</c>): the test fails, since CI installs it.
/// </summary>
public static class RequiredProgram
{
    public static bool IsCi =>
        Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>The full path of the first candidate that exists, else a name found on PATH; otherwise skips or fails.</summary>
    public static string Find(string name, string installCommand, params string[] candidates)
    {
        var found = candidates.Where(File.Exists)
            .Concat(PathFolders().Select(folder => Path.Combine(folder, name)).Where(File.Exists))
            .FirstOrDefault();
        if (found is not null)
        {
            return found;
        }

        var message = $"{name} was not found. Install it with `{installCommand}` (what .ci/run does).";
        if (IsCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return "";
    }

    private static IEnumerable<string> PathFolders() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/local/sbin"]);
}
