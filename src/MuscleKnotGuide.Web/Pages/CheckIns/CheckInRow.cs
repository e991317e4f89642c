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
    public static IReadOnlyList<string> AnswersOf(CheckIn checkIn)
    {
        // Plain checks, not a LINQ chain: the list builds this for every entry it shows, and most say no "yes".
        if (checkIn.StoppedSleeping != true && checkIn.StoppedActivities != true && checkIn.AfterFallOrInjury != true)
        {
            return [];
        }

        var answers = new List<string>(3);
        if (checkIn.StoppedSleeping == true)
        {
            answers.Add("Pain stopped sleep");
        }

        if (checkIn.StoppedActivities == true)
        {
            answers.Add("Pain stopped usual activities");
        }

        if (checkIn.AfterFallOrInjury == true)
        {
            answers.Add("After a fall or injury");
        }

        return answers;
    }
}
