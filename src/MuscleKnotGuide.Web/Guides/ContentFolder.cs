namespace MuscleKnotGuide.Web.Guides;

/// <summary>Where the guides live: Content:Path when set, else the nearest content/ folder above the app.</summary>
public sealed record ContentFolder(string Path)
{
    private const string MarkerFile = "overview.md";

    public static ContentFolder Resolve(string? configuredPath, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return new ContentFolder(System.IO.Path.GetFullPath(configuredPath, contentRoot));
        }

        // From source the app runs in src/MuscleKnotGuide.Web and content/ sits at the repo root;
        // a published app has its own copy of content/ next to the dll.
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "content");
                if (File.Exists(System.IO.Path.Combine(candidate, MarkerFile)))
                {
                    return new ContentFolder(candidate);
                }
            }
        }

        return new ContentFolder(System.IO.Path.Combine(contentRoot, "content"));
    }
}
