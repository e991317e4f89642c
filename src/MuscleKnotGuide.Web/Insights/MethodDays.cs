namespace MuscleKnotGuide.Web.Insights;

/// <summary>The days in a range that one method was tried, for the chart's row of marks.</summary>
public sealed record MethodDays(MethodName Method, IReadOnlyList<DateOnly> Days)
{
    /// <summary>Each method (in the guides' order) with the days it was tried between <paramref name="first"/> and <paramref name="today"/>.</summary>
    public static IReadOnlyList<MethodDays> From(IReadOnlyList<DayEntry> days, DateOnly first, DateOnly today, IReadOnlyList<MethodName> methods) =>
        methods.Select(method => new MethodDays(
                method,
                days.Where(d => d.Day >= first && d.Day <= today && d.Methods.Any(m => m.Slug == method.Slug)).Select(d => d.Day).ToArray()))
            .ToArray();
}
