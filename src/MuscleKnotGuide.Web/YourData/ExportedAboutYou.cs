using MuscleKnotGuide.Web.AboutYou;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>
/// The optional "aboutYou" section of diary.json (the person's risk history). Absent in files from before it, and
/// when the person was never asked; the format version stays the same because older readers had no such section.
/// </summary>
public sealed record ExportedAboutYou(
    bool Cancer = false,
    bool WeakenedImmunity = false,
    bool LongTermSteroids = false,
    bool Osteoporosis = false,
    bool InjectingDrugs = false,
    bool RecentInfectionOrSurgery = false,
    string? AgeBand = null,
    bool? NewPain = null)
{
    public static ExportedAboutYou From(RiskHistory risk) => new(
        risk.Cancer,
        risk.WeakenedImmunity,
        risk.LongTermSteroids,
        risk.Osteoporosis,
        risk.InjectingDrugs,
        risk.RecentInfectionOrSurgery,
        risk.AgeBand is { } band ? AgeBands.Code(band) : null,
        risk.NewPain);

    /// <summary>The row to store, or null with a problem when the age band is not one of the three.</summary>
    public RiskHistory? ToRiskHistory(string userId, DateTimeOffset now, List<string> problems)
    {
        var band = AgeBands.FromCode(AgeBand);
        if (AgeBand is not null && band is null)
        {
            problems.Add($"About you: the age band {ImportProblems.Quote(AgeBand)} is not one of under-20, 20-49, 50-or-over.");
            return null;
        }

        return new RiskHistory
        {
            UserId = userId,
            Cancer = Cancer,
            WeakenedImmunity = WeakenedImmunity,
            LongTermSteroids = LongTermSteroids,
            Osteoporosis = Osteoporosis,
            InjectingDrugs = InjectingDrugs,
            RecentInfectionOrSurgery = RecentInfectionOrSurgery,
            AgeBand = band,
            NewPain = NewPain,
            UpdatedAt = now,
        };
    }
}
