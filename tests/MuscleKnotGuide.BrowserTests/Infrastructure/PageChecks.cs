using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace MuscleKnotGuide.BrowserTests.Infrastructure;

/// <summary>Checks any browser test can run on the page it is looking at.</summary>
public static class PageChecks
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Opens a path of the app and checks the status code it answered with.</summary>
    public static async Task<IResponse> OpenAsync(this IPage page, string path, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(path)
            ?? throw new InvalidOperationException($"No response for {path}");
        response.Status.Should().Be(expectedStatus, $"{path} should answer {expectedStatus}");
        return response;
    }

    /// <summary>axe-core with the WCAG 2.0 and 2.1 A and AA rules: zero violations, or each one spelled out.</summary>
    public static async Task ExpectNoAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });

        result.Violations.Should().BeEmpty(Describe(page.Url, result.Violations));
    }

    /// <summary>Nothing wider than the window: no sideways scrolling on a phone.</summary>
    public static async Task ExpectNoSidewaysScrollAsync(this IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        if (scrollWidth > innerWidth)
        {
            var culprits = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                  .slice(0, 10)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : ''))
                """);
            scrollWidth.Should().BeLessThanOrEqualTo(innerWidth,
                $"{page.Url} should not scroll sideways; wider than the window: {string.Join(", ", culprits)}");
        }
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var lines = new List<string> { $"{url} should have no WCAG 2.1 A/AA violations:" };
        foreach (var violation in violations)
        {
            lines.Add($"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                lines.Add($"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                lines.AddRange(checks.Select(check => $"      {check.Message}"));
            }
        }

        return string.Join('\n', lines);
    }
}
