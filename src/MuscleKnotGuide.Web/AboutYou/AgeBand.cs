namespace MuscleKnotGuide.Web.AboutYou;

/// <summary>An age band, never a birth date: new back pain under 20 or at 50 or over is a reason to see a doctor soon.</summary>
public enum AgeBand
{
    Under20,
    From20To49,
    From50,
}
