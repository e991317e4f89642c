using System.Globalization;
using System.Text.Json;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>
/// The outcome of checking a whole export file: either every check-in and plan ready to be saved,
/// or the problems and the days that already exist; never a part of the file. Plans identical to ones the
/// person has are left out and counted (<see cref="SkippedPlans"/>).
/// </summary>
public sealed record ImportResult(
    IReadOnlyList<string> Problems,
    IReadOnlyList<DateOnly> ExistingDays,
    IReadOnlyList<CheckIn> CheckIns,
    IReadOnlyList<SavedPlan> Plans,
    int SkippedPlans = 0)
{
    /// <summary>The file's optional "aboutYou" section, replacing the person's own when the import is saved.</summary>
    public AboutYou.RiskHistory? AboutYou { get; init; }

    public bool CanBeSaved => Problems.Count == 0 && ExistingDays.Count == 0;

    public static ImportResult Refused(params string[] problems) => new(problems, [], [], []);
}
