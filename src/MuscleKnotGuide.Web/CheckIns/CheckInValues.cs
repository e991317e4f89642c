using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>A valid check-in, ready to store.</summary>
public sealed record CheckInValues(
    DateOnly Day,
    TimeOnly? Time,
    int PainLevel,
    int? Stiffness,
    BackAreas Areas,
    IReadOnlyList<string> WarningSymptoms,
    string? Notes,
    IReadOnlyList<MethodTriedValues> Methods,
    bool? StoppedSleeping = null,
    bool? StoppedActivities = null,
    bool? AfterFallOrInjury = null)
{
    /// <summary>Copies the values onto a new or tracked check-in; method rows are updated in place so their ids stay.</summary>
    public void ApplyTo(CheckIn checkIn, DateTimeOffset now)
    {
        checkIn.Day = Day;
        checkIn.Time = Time;
        checkIn.PainLevel = PainLevel;
        checkIn.Stiffness = Stiffness;
        checkIn.Areas = Areas;
        checkIn.WarningSymptoms = [.. WarningSymptoms];
        checkIn.Notes = Notes;
        checkIn.StoppedSleeping = StoppedSleeping;
        checkIn.StoppedActivities = StoppedActivities;
        checkIn.AfterFallOrInjury = AfterFallOrInjury;
        checkIn.UpdatedAt = now;
        if (checkIn.Id == 0)
        {
            checkIn.CreatedAt = now;
        }

        MethodRows.Update(checkIn.Methods, Methods, m => m.Slug, slug => new MethodTried { MethodSlug = slug }, (row, method) =>
        {
            row.Minutes = method.Minutes;
            row.PainBefore = method.PainBefore;
            row.PainAfter = method.PainAfter;
            row.Effect = method.Effect;
        });
    }
}
