namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// How to draw the body map (<see cref="BodyMapSvg"/>): each region's class ("region", plus "is-marked", or
/// "level-1" to "level-4" for how often), and whether the form's script may tap it. The picture is always decorative
/// for assistive technology; the checkboxes, the entry's list or the report's table beside it say the same in words.
/// An entry's picture is only its marked areas' flags and constant class names: the check-in list draws one per entry,
/// and a dictionary and a class text per region each time were a tenth of that page's allocations.
/// </summary>
public sealed class BodyMapPicture
{
    public const int Levels = 4;

    private const string Plain = "region";
    private const string Marked = "region is-marked";

    private static readonly string[] LevelClasses = [.. Enumerable.Range(0, Levels + 1).Select(level => $"region level-{level}")];

    private readonly BackAreas marked;
    private readonly IReadOnlyDictionary<BackAreas, int>? levels;

    private BodyMapPicture(string size, bool tappable, BackAreas marked, IReadOnlyDictionary<BackAreas, int>? levels)
    {
        Size = size;
        Tappable = tappable;
        this.marked = marked;
        this.levels = levels;
    }

    public string Size { get; }

    public bool Tappable { get; }

    public string ClassOf(BodyRegion region) => levels is null
        ? (marked & region.Area) != 0 ? Marked : Plain
        : levels.TryGetValue(region.Area, out var level) ? LevelClasses[level] : Plain;

    public static BodyMapPicture ForForm(IEnumerable<string> markedNames)
    {
        var names = markedNames.ToHashSet(StringComparer.Ordinal);
        var areas = BodyMap.Regions.Where(r => names.Contains(r.Name)).Aggregate(BackAreas.None, (all, r) => all | r.Area);
        return new("form", tappable: true, areas, levels: null);
    }

    public static BodyMapPicture ForEntry(BackAreas areas) => new("small", tappable: false, areas, levels: null);

    /// <summary>Shades in four steps by the share of <paramref name="daysRecorded"/> on which a region was marked.</summary>
    public static BodyMapPicture ForDays(IReadOnlyList<(BodyRegion Region, int Days)> daysMarked, int daysRecorded) =>
        new("report", tappable: false, BackAreas.None, daysMarked.ToDictionary(x => x.Region.Area, x => Level(x.Days, daysRecorded)));

    public static int Level(int days, int daysRecorded) =>
        daysRecorded <= 0 || days <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(days * (double)Levels / daysRecorded), 1, Levels);
}
