using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Reports;

/// <summary>
/// What a person's diary says over a date range, for them to take to a doctor: pain day by day and in summary,
/// the methods tried and the relief recorded, every warning symptom with its date, where it hurt (on how many days
/// each body map region was marked), and the notes if they choose. <see cref="LoggedDays"/> are the logged days'
/// figures (<see cref="DayFigures"/>), oldest first, for the chart drawn above the table.
/// </summary>
public sealed record DoctorReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<PainDay> Days,
    int DaysRecorded,
    decimal? AveragePain,
    PainDay? Best,
    PainDay? Worst,
    IReadOnlyList<ReportMethod> Methods,
    IReadOnlyList<ReportSymptom> Symptoms,
    IReadOnlyList<ReportNote>? Notes,
    IReadOnlyList<ReportRegion> Regions,
    IReadOnlyList<DayEntry> LoggedDays)
{
    public const int MaxRangeDays = 365;
    public const int DefaultRangeDays = 28;

    public int RangeDays => To.DayNumber - From.DayNumber + 1;

    /// <summary>Only check-ins inside the range count, whatever the caller passed.</summary>
    public static DoctorReport Build(IEnumerable<CheckIn> checkIns, DateOnly from, DateOnly to, GuideLibrary library, bool includeNotes)
    {
        var inRange = checkIns.Where(c => c.Day >= from && c.Day <= to).OrderBy(c => c.Day).ThenBy(c => c.Time).ToArray();
        // The day's figures are combined once here and shared by every part below (and the page's chart).
        var days = DayFigures.Combine(inRange);
        var recorded = days.Select(d => new PainDay(d.Day, d.Pain)).ToArray();

        var methods = MethodFigures.From(days)
            .Select(f => (Figure: f, Method: library.FindMethod(f.Slug)))
            .OrderBy(x => x.Method?.Order ?? int.MaxValue)
            .ThenBy(x => x.Figure.Slug, StringComparer.Ordinal)
            .Select(x => new ReportMethod(x.Method?.Title ?? x.Figure.Slug, x.Figure))
            .ToArray();

        // Each symptom once per day, in the order logged: loops, since most entries have none.
        var symptoms = new List<ReportSymptom>();
        var seen = new HashSet<(DateOnly Day, string Code)>();
        foreach (var checkIn in inRange)
        {
            foreach (var code in checkIn.WarningSymptoms)
            {
                if (seen.Add((checkIn.Day, code)))
                {
                    var symptom = library.FindSymptom(code);
                    symptoms.Add(new ReportSymptom(checkIn.Day, symptom?.Label ?? code, symptom?.Tier));
                }
            }
        }

        var notes = includeNotes
            ? inRange.Where(c => !string.IsNullOrWhiteSpace(c.Notes)).Select(c => new ReportNote(c.Day, c.Notes!.Trim())).ToArray()
            : null;

        return new DoctorReport(
            from,
            to,
            PainDay.Between(days, from, to),
            recorded.Length,
            recorded.Length > 0 ? Math.Round((decimal)recorded.Average(d => d.Pain!.Value), 1, MidpointRounding.AwayFromZero) : null,
            recorded.OrderBy(d => d.Pain).ThenByDescending(d => d.Day).FirstOrDefault(),
            recorded.OrderByDescending(d => d.Pain).ThenByDescending(d => d.Day).FirstOrDefault(),
            methods,
            symptoms,
            notes,
            BodyMap.DaysMarked(inRange).Select(x => new ReportRegion(x.Region, x.Days)).ToArray(),
            days);
    }
}
