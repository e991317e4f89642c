using System.IO.Hashing;

namespace MuscleKnotGuide.Web.Guides;

/// <summary>
/// The pictures under content/images and the address each is served at. The address carries a hash of the file,
/// so browsers may keep a picture for a year and still get a changed one at once. The hash only tells versions apart
/// (the files are ours, nobody needs to be kept from forging one), so it is XxHash3: no cryptographic hash, and so no
/// OpenSSL loaded and started, before the server listens.
/// </summary>
public sealed class GuideImages
{
    /// <summary>Where the app serves content/images.</summary>
    public const string RequestPath = "/guides/images";

    /// <summary>How guides refer to a picture in Markdown: images/&lt;guide&gt;/&lt;name&gt;.svg, relative to content/.</summary>
    public const string MarkdownPrefix = "images/";

    private readonly string _folder;

    public GuideImages(string folder) => _folder = Path.GetFullPath(folder);

    public static GuideImages In(string contentFolder) => new(Path.Combine(contentFolder, "images"));

    /// <summary>The versioned address of a picture, or null when the Markdown path is not an .svg file under content/images.</summary>
    public string? Address(string? markdownPath)
    {
        if (markdownPath is null || !markdownPath.StartsWith(MarkdownPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = markdownPath[MarkdownPrefix.Length..];
        var segments = relative.Split('/');
        if (!relative.EndsWith(".svg", StringComparison.Ordinal) || relative.Contains('\\', StringComparison.Ordinal)
            || segments.Any(s => s is "" or "." or ".."))
        {
            return null;
        }

        var file = Path.Combine([_folder, .. segments]);
        if (!File.Exists(file))
        {
            return null;
        }

        var hash = Convert.ToHexStringLower(XxHash3.Hash(File.ReadAllBytes(file)))[..12];
        return $"{RequestPath}/{relative}?v={hash}";
    }
}
