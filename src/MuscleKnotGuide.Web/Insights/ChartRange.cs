namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The range of a day's (or, on a weekly chart, a week's) entries, from <paramref name="Best"/> (lowest pain) to
/// <paramref name="Worst"/> (highest), drawn as a shaded rectangle behind the line: <paramref name="Left"/> and
/// <paramref name="Width"/> across, <paramref name="Top"/> (at the worst) to <paramref name="Bottom"/> (at the best) in
/// chart coordinates. Only drawn when the entries differ, so a day with one entry has none.
/// </summary>
public sealed record ChartRange(DateOnly Day, int Best, int Worst, decimal Left, decimal Width, decimal Top, decimal Bottom)
{
    public decimal Height => Bottom - Top;
}
