using System.Text;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// An unsaved plan carried in a link, so an anonymous visitor can print it or add it to a calendar.
/// Each method is one <c>m</c> value: its slug, its minutes and its times of day, dot-separated
/// (<c>m=stretching.10.0800.1900</c>); a label-directed method is its slug alone (<c>m=pain-medication</c>).
/// The link is parsed back into a <see cref="PlanRequest"/> and checked by the same <see cref="PlanRules"/> as the form.
/// </summary>
public static class PlanQuery
{
    /// <summary>More values than the library could ever need means a tampered link; it is refused before any work.</summary>
    private const int MaxMethodValues = 20;

    public static string ToQueryString(SelfCarePlan plan)
    {
        var query = new StringBuilder();
        query.Append("start=").Append(DayText.Iso(plan.StartDate));
        query.Append("&days=").Append(PlanRules.Format(plan.LengthDays));
        foreach (var item in plan.Methods)
        {
            query.Append("&m=").Append(Uri.EscapeDataString(Encode(item)));
        }

        if (plan.Goal is { } goal)
        {
            query.Append("&goal=").Append(Uri.EscapeDataString(goal));
        }

        return query.ToString();
    }

    public static PlanRequest Parse(IReadOnlyList<string?> methods, string? days, string? start, string? goal)
    {
        var request = new PlanRequest { LengthDays = days, StartDate = start, Goal = goal };
        foreach (var value in methods.Take(MaxMethodValues))
        {
            request.Methods.Add(Decode(value ?? ""));
        }

        return request;
    }

    private static string Encode(PlannedMethodValues item) => item.IsLabelDirected
        ? item.Slug
        : string.Join('.', new[] { item.Slug, PlanRules.Format(item.Minutes ?? PlanRules.DefaultMinutes) }
            .Concat(item.TimesOfDay.Select(t => t.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture))));

    private static PlannedMethodRequest Decode(string value)
    {
        var parts = value.Split('.');
        var request = new PlannedMethodRequest { Slug = parts[0], Chosen = "true" };
        if (parts.Length == 1)
        {
            // A bare slug of a timed method still needs its times: the rules then ask for them clearly.
            return request;
        }

        request.Minutes = parts[1];
        request.Times = parts.Skip(2).Select(t => (string?)(t.Length == 4 ? $"{t[..2]}:{t[2..]}" : t)).ToList();
        request.TimesPerDay = PlanRules.Format(request.Times.Count);
        return request;
    }
}
