namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// One calendar day of the trend: its pain if logged, the 7-day rolling average ending that day, and the lowest
/// (<paramref name="Best"/>) and highest (<paramref name="Worst"/>) pain of the day's entries when logged.
/// </summary>
public sealed record TrendPoint(DateOnly Day, int? Pain, decimal? RollingAverage, int? Best = null, int? Worst = null)
{
    /// <summary>The entries of the day differ: the chart draws a range band and the table shows "3-6".</summary>
    public bool HasRange => Best < Worst;

    /// <summary>"3-6" when the day's entries differ, otherwise the one rating ("4"); empty when not logged.</summary>
    public string RangeText => HasRange ? $"{Best}-{Worst}" : Pain?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
