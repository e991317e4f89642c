namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// "Chrome on Linux" from a User-Agent: enough for a person to recognise their own devices in the session list,
/// and no more (no versions, no device models), so the list is not a fingerprint.
/// </summary>
public static class DeviceSummary
{
    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", Android also says "Linux".
    private static readonly (string Marker, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari"),
    ];

    private static readonly (string Marker, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("CrOS", "ChromeOS"),
        ("Windows", "Windows"), ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static string From(string? userAgent)
    {
        var agent = userAgent ?? "";
        var browser = Browsers.FirstOrDefault(b => agent.Contains(b.Marker, StringComparison.Ordinal)).Name ?? "A browser";
        var system = Systems.FirstOrDefault(s => agent.Contains(s.Marker, StringComparison.Ordinal)).Name;
        return system is null ? browser : $"{browser} on {system}";
    }
}
