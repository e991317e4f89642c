using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>A throw-away copy of the repo's content/ folder that a test may edit.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Folder = Directory.CreateTempSubdirectory("mkg-content-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepoFolder, "*.md"))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }

        // The pictures too, so the copied guides still find every file they show.
        var images = Path.Combine(RepoFolder, "images");
        foreach (var file in Directory.EnumerateFiles(images, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Folder, "images", Path.GetRelativePath(images, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>The real content/ of the repository.</summary>
    public static string RepoFolder { get; } = ContentFolder.Resolve(null, AppContext.BaseDirectory).Path;

    public string Folder { get; }

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    public void Write(string fileName, string text) => File.WriteAllText(PathOf(fileName), text);

    public void Edit(string fileName, Func<string, string> change) => Write(fileName, change(Read(fileName)));

    public void Delete(string fileName) => File.Delete(PathOf(fileName));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
