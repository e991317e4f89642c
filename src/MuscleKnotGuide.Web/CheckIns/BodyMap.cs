namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// The body map: every region the check-in form offers, top to bottom and the person's left before their right, and
/// how often each was marked. The form, the history and the doctor report all draw from this one list.
/// </summary>
public static class BodyMap
{
    public const int ViewWidth = 200;
    public const int ViewHeight = 440;

    public static IReadOnlyList<BodyRegion> Regions { get; } =
    [
        new(BackAreas.NeckLeft, "Neck, left", 86, 50, 13, 17),
        new(BackAreas.NeckRight, "Neck, right", 101, 50, 13, 17),
        new(BackAreas.ShoulderLeft, "Shoulder, left", 38, 70, 46, 22),
        new(BackAreas.ShoulderRight, "Shoulder, right", 116, 70, 46, 22),
        new(BackAreas.BetweenShoulderBlades, "Between the shoulder blades", 87, 70, 26, 64),
        new(BackAreas.UpperLeft, "Upper back, left", 56, 94, 29, 40),
        new(BackAreas.UpperRight, "Upper back, right", 115, 94, 29, 40),
        new(BackAreas.MiddleLeft, "Middle back, left", 56, 136, 43, 44),
        new(BackAreas.MiddleRight, "Middle back, right", 101, 136, 43, 44),
        new(BackAreas.LowerLeft, "Lower back, left", 58, 182, 41, 44),
        new(BackAreas.LowerRight, "Lower back, right", 101, 182, 41, 44),
        new(BackAreas.ButtockLeft, "Buttock or hip, left", 54, 228, 45, 46),
        new(BackAreas.ButtockRight, "Buttock or hip, right", 101, 228, 45, 46),
        new(BackAreas.ThighLeft, "Thigh, left", 58, 277, 39, 76),
        new(BackAreas.ThighRight, "Thigh, right", 103, 277, 39, 76),
        new(BackAreas.CalfLeft, "Calf or foot, left", 62, 356, 33, 78),
        new(BackAreas.CalfRight, "Calf or foot, right", 105, 356, 33, 78),
    ];

    /// <summary>Every region's flags together: anything outside them is not a region this app knows.</summary>
    public static BackAreas Known { get; } = Regions.Aggregate(BackAreas.None, (all, r) => all | r.Area);

    public static BodyRegion? Find(string? name) => Regions.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));

    /// <summary>The regions marked in <paramref name="areas"/>, in map order.</summary>
    public static IReadOnlyList<BodyRegion> Marked(BackAreas areas)
    {
        // A loop, not LINQ: the check-in list asks for every entry it shows.
        var marked = new List<BodyRegion>(Regions.Count);
        for (var i = 0; i < Regions.Count; i++)
        {
            if (areas.HasFlag(Regions[i].Area))
            {
                marked.Add(Regions[i]);
            }
        }

        return marked;
    }

    /// <summary>The labels of the regions marked in <paramref name="areas"/>, in map order, separated by "; ".</summary>
    public static string LabelsOf(BackAreas areas)
    {
        var marked = Marked(areas);
        var labels = new string[marked.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = marked[i].Label;
        }

        return string.Join("; ", labels);
    }

    public static bool MarksALeg(BackAreas areas) => Regions.Any(r => r.IsLeg && areas.HasFlag(r.Area));

    /// <summary>
    /// On how many days each region was marked (a day counts once however many of its entries mark it), in map
    /// order; regions never marked are left out.
    /// </summary>
    public static IReadOnlyList<(BodyRegion Region, int Days)> DaysMarked(IEnumerable<CheckIn> checkIns)
    {
        // Each day's areas together, in a dictionary rather than LINQ groups (the report asks for up to 365 days).
        var byDay = new Dictionary<DateOnly, BackAreas>();
        foreach (var checkIn in checkIns)
        {
            byDay[checkIn.Day] = byDay.GetValueOrDefault(checkIn.Day) | checkIn.Areas;
        }

        var marked = new List<(BodyRegion Region, int Days)>(Regions.Count);
        for (var i = 0; i < Regions.Count; i++)
        {
            var area = Regions[i].Area;
            var days = 0;
            foreach (var areas in byDay.Values)
            {
                if (areas.HasFlag(area))
                {
                    days++;
                }
            }

            if (days > 0)
            {
                marked.Add((Regions[i], days));
            }
        }

        return marked;
    }
}
