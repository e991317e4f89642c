using MuscleKnotGuide.Web.AboutYou;

namespace MuscleKnotGuide.Web.Pages.Account;

/// <summary>The "About you" form as posted: ticks, an age band code and a yes / no, all optional.</summary>
public sealed class AboutYouForm
{
    public bool Cancer { get; set; }

    public bool WeakenedImmunity { get; set; }

    public bool LongTermSteroids { get; set; }

    public bool Osteoporosis { get; set; }

    public bool InjectingDrugs { get; set; }

    public bool RecentInfectionOrSurgery { get; set; }

    /// <summary>"under-20", "20-49", "50-or-over", or empty for "I'd rather not say".</summary>
    public string? AgeBand { get; set; }

    /// <summary>"yes", "no", or empty.</summary>
    public string? NewPain { get; set; }

    public static AboutYouForm From(RiskHistory? risk) => risk is null ? new() : new()
    {
        Cancer = risk.Cancer,
        WeakenedImmunity = risk.WeakenedImmunity,
        LongTermSteroids = risk.LongTermSteroids,
        Osteoporosis = risk.Osteoporosis,
        InjectingDrugs = risk.InjectingDrugs,
        RecentInfectionOrSurgery = risk.RecentInfectionOrSurgery,
        AgeBand = risk.AgeBand is { } band ? AgeBands.Code(band) : "",
        NewPain = risk.NewPain switch { true => "yes", false => "no", null => "" },
    };

    public void CopyTo(RiskHistory risk, AgeBand? band, bool? newPain)
    {
        risk.Cancer = Cancer;
        risk.WeakenedImmunity = WeakenedImmunity;
        risk.LongTermSteroids = LongTermSteroids;
        risk.Osteoporosis = Osteoporosis;
        risk.InjectingDrugs = InjectingDrugs;
        risk.RecentInfectionOrSurgery = RecentInfectionOrSurgery;
        risk.AgeBand = band;
        risk.NewPain = newPain;
    }
}
