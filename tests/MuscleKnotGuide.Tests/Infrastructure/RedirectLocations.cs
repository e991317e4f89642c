namespace MuscleKnotGuide.Tests.Infrastructure;

public static class RedirectLocations
{
    /// <summary>The path of a redirect, whether the app sent it relative ("/x") or absolute ("http://localhost/x?y").</summary>
    public static string AbsolutePathOrSelf(this Uri location) =>
        location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
}
