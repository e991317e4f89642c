namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// How to draw the body map (<see cref="BodyMapSvg"/>): the extra class of each region ("is-marked", or "level-1" to
/// "level-4" for how often), and whether the form's script may tap it. The picture is always decorative for
/// assistive technology; the checkboxes, the entry's list or the report's table beside it say the same in words.
/// </summary>
public sealed record BodyMapPicture(IReadOnlyDictionary<BackAreas, string> RegionClasses, string Size, bool Tappable = false)
{
    public const int Levels = 4;

    public string ClassOf(BodyRegion region) => RegionClasses.TryGetValue(region.Area, out var extra) ? $"region {extra}" : "region";

    public static BodyMapPicture ForForm(IEnumerable<string> markedNames)
    {
        var names = markedNames.ToHashSet(StringComparer.Ordinal);
        return new(BodyMap.Regions.Where(r => names.Contains(r.Name)).ToDictionary(r => r.Area, _ => "is-marked"), "form", Tappable: true);
    }

    public static BodyMapPicture ForEntry(BackAreas areas) =>
        new(BodyMap.Marked(areas).ToDictionary(r => r.Area, _ => "is-marked"), "small");

    /// <summary>Shades in four steps by the share of <paramref name="daysRecorded"/> on which a region was marked.</summary>
    public static BodyMapPicture ForDays(IReadOnlyList<(BodyRegion Region, int Days)> daysMarked, int daysRecorded) =>
        new(daysMarked.ToDictionary(x => x.Region.Area, x => $"level-{Level(x.Days, daysRecorded)}"), "report");

    public static int Level(int days, int daysRecorded) =>
        daysRecorded <= 0 || days <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(days * (double)Levels / daysRecorded), 1, Levels);
}
