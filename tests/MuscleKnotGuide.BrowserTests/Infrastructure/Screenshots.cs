namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>Full-page PNGs of what a person sees, kept with the test results for a human to look at.</summary>
public static class Screenshots
{
    /// <summary>$MKG_SCREENSHOTS, or TestResults/screenshots beside the test assembly.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("MKG_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Saves the page as &lt;name&gt;-&lt;width&gt;.png and prints where it went.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var width = page.ViewportSize?.Width ?? 0;
        var safeName = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-'));
        var path = Path.Combine(Folder, $"{safeName}-{width}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        return path;
    }
}
