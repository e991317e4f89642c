using System.Globalization;
using System.Text;
using CsvHelper;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;

using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>
/// The diary as spreadsheets: check-ins one row per entry (a day may have several; time empty for entries from before times were kept), with five columns per method
/// (so a day with three methods is still one row to sort and chart), and plans one row per planned method.
/// </summary>
public static class DiaryCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        // A note starting with "=" or "+" opens as text in a spreadsheet, never as a formula.
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly string[] CheckInHeaders = ["day", "time", "pain level", "stiffness", "areas", "warning symptoms", "notes", "pain stopped sleep", "pain stopped usual activities", "after a fall or injury"];
    private static readonly string[] PlanHeaders = ["plan", "start date", "length days", "goal", "method", "times per day", "minutes", "times of day"];

    /// <param name="methodOrder">The guides' method slugs in their order; methods no longer in the guides follow them.</param>
    public static string CheckIns(IReadOnlyList<CheckIn> checkIns, IReadOnlyList<string> methodOrder)
    {
        var methods = methodOrder
            .Concat(checkIns.SelectMany(c => c.Methods).Select(m => m.MethodSlug).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        return Write(csv =>
        {
            foreach (var header in CheckInHeaders)
            {
                csv.WriteField(header);
            }

            foreach (var slug in methods)
            {
                csv.WriteField($"{slug} tried");
                csv.WriteField($"{slug} minutes");
                csv.WriteField($"{slug} pain before");
                csv.WriteField($"{slug} pain after");
                csv.WriteField($"{slug} effect");
            }

            csv.EndRecord();
            foreach (var checkIn in checkIns.OrderBy(c => c.Day).ThenBy(c => c.Time).ThenBy(c => c.Id))
            {
                csv.WriteField(Day(checkIn.Day));
                csv.WriteField(checkIn.Time is { } time ? DayText.Time(time) : "");
                csv.WriteField(checkIn.PainLevel);
                csv.WriteField(checkIn.Stiffness);
                csv.WriteField(string.Join(' ', ExportNames.OfAreas(checkIn.Areas)));
                csv.WriteField(string.Join(' ', checkIn.WarningSymptoms));
                csv.WriteField(checkIn.Notes);
                csv.WriteField(YesNo.Text(checkIn.StoppedSleeping));
                csv.WriteField(YesNo.Text(checkIn.StoppedActivities));
                csv.WriteField(YesNo.Text(checkIn.AfterFallOrInjury));
                foreach (var slug in methods)
                {
                    var tried = checkIn.Methods.FirstOrDefault(m => m.MethodSlug == slug);
                    csv.WriteField(tried is null ? "" : "yes");
                    csv.WriteField(tried?.Minutes);
                    csv.WriteField(tried?.PainBefore);
                    csv.WriteField(tried?.PainAfter);
                    csv.WriteField(tried?.Effect is { } effect ? ExportNames.Of(effect) : "");
                }

                csv.EndRecord();
            }
        });
    }

    public static string Plans(IReadOnlyList<SavedPlan> plans) => Write(csv =>
    {
        foreach (var header in PlanHeaders)
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var (plan, number) in plans.OrderBy(p => p.StartDate).ThenBy(p => p.CreatedAt).Select((p, i) => (p, i + 1)))
        {
            // A plan without methods still gets its row, so nothing the person saved is missing.
            var methods = plan.Methods.Count == 0 ? [null] : plan.Methods.OrderBy(m => m.MethodSlug, StringComparer.Ordinal).ToArray<PlannedMethod?>();
            foreach (var method in methods)
            {
                csv.WriteField(number);
                csv.WriteField(Day(plan.StartDate));
                csv.WriteField(plan.LengthDays);
                csv.WriteField(plan.Goal);
                csv.WriteField(method?.MethodSlug);
                csv.WriteField(method?.TimesPerDay);
                csv.WriteField(method?.Minutes);
                csv.WriteField(method is null ? "" : string.Join(' ', method.TimesOfDay.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture))));
                csv.EndRecord();
            }
        }
    });

    private static string Write(Action<CsvWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var csv = CsvWriter.Create(writer, Options, leaveOpen: true))
        {
            write(csv);
        }

        return text.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
