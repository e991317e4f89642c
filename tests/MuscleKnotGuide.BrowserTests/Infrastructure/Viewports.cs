namespace MuscleKnotGuide.BrowserTests.Infrastructure;

public static class Viewports
{
    public static ViewportSize Desktop => new() { Width = 1280, Height = 800 };

    /// <summary>A common phone size: what many people in pain read on, from bed or the sofa.</summary>
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };
}
