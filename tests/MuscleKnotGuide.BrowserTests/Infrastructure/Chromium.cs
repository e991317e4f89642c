namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium, or the one MKG_CHROMIUM names. Never a browser build downloaded by Playwright.</summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public const string InstallCommand = "sudo apt-get install -y chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("MKG_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI must run these tests; a developer without Chromium may skip them.</summary>
    public static bool IsCi =>
        Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public static string MissingMessage =>
        $"Chromium was not found at {ExecutablePath}. Install it with `{InstallCommand}`, "
        + "or set MKG_CHROMIUM to the path of a Chromium or Chrome executable.";

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    };
}
