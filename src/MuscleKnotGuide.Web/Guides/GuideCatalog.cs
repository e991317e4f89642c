namespace MuscleKnotGuide.Web.Guides;

/// <summary>
/// The guides as the app serves them: loaded once at start-up, then reloaded when a file under content/ changes.
/// A reload that fails keeps the last good library, so a half-saved edit never takes the site down.
/// </summary>
public sealed partial class GuideCatalog : IDisposable
{
    // Editors save in bursts (temp file, rename, touch); wait for the burst to settle before reading.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly ILogger<GuideCatalog> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _reloadTimer;
    private volatile GuideLibrary _current;

    public GuideCatalog(ContentFolder folder, ILogger<GuideCatalog> logger, bool watch = true)
    {
        _logger = logger;
        Folder = folder.Path;
        _current = GuideLibrary.Load(Folder);
        _reloadTimer = new Timer(_ => Reload());

        if (watch)
        {
            _watcher = new FileSystemWatcher(Folder, "*.md")
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
            };
            _watcher.Changed += OnFileEvent;
            _watcher.Created += OnFileEvent;
            _watcher.Deleted += OnFileEvent;
            _watcher.Renamed += OnFileEvent;
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Raised after a successful reload, so caches of rendered pages can be dropped.</summary>
    public event EventHandler? Reloaded;

    public string Folder { get; }

    public GuideLibrary Current => _current;

    /// <summary>Reads the folder again now; returns false (and keeps the last good library) when the content is invalid.</summary>
    public bool Reload()
    {
        try
        {
            _current = GuideLibrary.Load(Folder);
            LogReloaded(_logger, _current.Methods.Count);
            Reloaded?.Invoke(this, EventArgs.Empty);
            return true;
        }
        catch (GuideContentException ex)
        {
            LogReloadFailed(_logger, ex.Message);
            return false;
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _reloadTimer.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e) => _reloadTimer.Change(Debounce, Timeout.InfiniteTimeSpan);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guides reloaded from content ({MethodCount} methods)")]
    private static partial void LogReloaded(ILogger logger, int methodCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Guides not reloaded, keeping the last good version: {Problem}")]
    private static partial void LogReloadFailed(ILogger logger, string problem);
}
