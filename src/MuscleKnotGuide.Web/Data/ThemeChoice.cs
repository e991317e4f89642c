using System.Security.Claims;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// The colour scheme a person picked on their account page. It travels in the sign-in cookie (claim
/// <see cref="UserScope.ThemeClaim"/>), so every page renders it without a database read. Printing is always light.
/// </summary>
public static class ThemeChoice
{
    public const string System = "system";
    public const string Light = "light";
    public const string Dark = "dark";

    public static IReadOnlyList<string> All { get; } = [System, Light, Dark];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value);

    /// <summary>"light" or "dark" for &lt;html data-theme&gt;, or null to follow the device (prefers-color-scheme).</summary>
    public static string? Attribute(ClaimsPrincipal user)
    {
        var chosen = user.FindFirstValue(UserScope.ThemeClaim);
        return chosen is Light or Dark ? chosen : null;
    }

    public static string Describe(string value) => value switch
    {
        Light => "Light",
        Dark => "Dark",
        _ => "Same as my device",
    };
}
