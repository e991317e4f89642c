using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

public sealed record CheckInRow(int Id, DateOnly Day, int PainLevel, IReadOnlyList<string> Methods, bool HasWarningSymptoms, IReadOnlyList<string> Answers, TimeOnly? Time = null, BackAreas Areas = BackAreas.None)
{
    public string PainBand => PainBands.Name(PainLevel);

    /// <summary>The yes / no answers that were "yes", in words for the list; "no" and unanswered are not shown.</summary>
    public static IReadOnlyList<string> AnswersOf(CheckIn checkIn) =>
        new[]
        {
            (checkIn.StoppedSleeping, "Pain stopped sleep"),
            (checkIn.StoppedActivities, "Pain stopped usual activities"),
            (checkIn.AfterFallOrInjury, "After a fall or injury"),
        }
        .Where(x => x.Item1 == true)
        .Select(x => x.Item2)
        .ToArray();
}
