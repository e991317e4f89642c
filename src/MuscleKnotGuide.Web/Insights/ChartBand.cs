using MuscleKnotGuide.Web.CheckIns;
namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// A pain band shaded behind the line (<see cref="PainBands"/>): from <paramref name="Top"/> to <paramref name="Bottom"/>
/// in chart coordinates. Edges sit half way between whole ratings, so every rating falls inside its own band.
/// </summary>
public sealed record ChartBand(PainBand Band, string Label, decimal Top, decimal Bottom)
{
    public decimal Height => Bottom - Top;
}
