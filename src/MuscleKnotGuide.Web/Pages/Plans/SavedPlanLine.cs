using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MuscleKnotGuide.Web.Pages.Plans;

public sealed record SavedPlanLine(int Id, DateOnly Start, DateOnly End, IReadOnlyList<string> MethodTitles);
