namespace MuscleKnotGuide.BrowserTests.Infrastructure;

public static class Colours
{
    /// <summary>The page's computed background colour, e.g. "rgb(251, 250, 247)" (light) or "rgb(17, 23, 25)" (dark).</summary>
    public static Task<string> BackgroundAsync(this IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    public const string LightPaper = "rgb(251, 250, 247)";
    public const string DarkPaper = "rgb(17, 23, 25)";
}
