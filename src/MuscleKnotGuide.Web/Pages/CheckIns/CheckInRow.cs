using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;

namespace MuscleKnotGuide.Web.Pages.CheckIns;

public sealed record CheckInRow(int Id, DateOnly Day, int PainLevel, IReadOnlyList<string> Methods, bool HasWarningSymptoms)
{
    public string PainBand => PainBands.Name(PainLevel);
}
