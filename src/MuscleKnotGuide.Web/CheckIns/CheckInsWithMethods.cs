using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Loads check-ins with their methods in one SQL query, as <c>Include(c => c.Methods)</c> would, but as a flat LEFT
/// JOIN grouped here. EF Core's collection shaper builds new delegates for every row it reads (a
/// <c>DynamicMethod.CreateDelegate</c> per row: 14 % of the 365-day report's CPU in a trace); the flat rows need none.
/// Only the columns the diary's pages read are loaded: <see cref="CheckIn.Stiffness"/>, <see cref="CheckIn.CreatedAt"/>,
/// <see cref="CheckIn.UpdatedAt"/> and each method's <see cref="MethodTried.Id"/> and <see cref="MethodTried.Minutes"/>
/// are left at their defaults (parsing the two stamps was about 30 % of the 365-day report's CPU, and every value read
/// is a call into SQLite on every row of the join), so what this returns is for showing, never for saving or exporting.
/// </summary>
public static class CheckInsWithMethods
{
    /// <summary>The check-ins of <paramref name="checkIns"/>, untracked, each with its methods, in the query's order; without the columns no page shows.</summary>
    public static async Task<List<CheckIn>> ToListWithMethodsAsync(this IQueryable<CheckIn> checkIns, DiaryDbContext db, CancellationToken cancellationToken)
    {
        var rows = await checkIns
            .SelectMany(c => db.MethodsTried.Where(m => m.CheckInId == c.Id).DefaultIfEmpty(), (c, m) => new
            {
                CheckIn = new CheckIn
                {
                    Id = c.Id,
                    UserId = c.UserId,
                    Day = c.Day,
                    Time = c.Time,
                    PainLevel = c.PainLevel,
                    Areas = c.Areas,
                    WarningSymptoms = c.WarningSymptoms,
                    Notes = c.Notes,
                    StoppedSleeping = c.StoppedSleeping,
                    StoppedActivities = c.StoppedActivities,
                    AfterFallOrInjury = c.AfterFallOrInjury,
                },
                // The method's own columns only: a null slug is a check-in without methods (the column is never null).
                m!.MethodSlug,
                m.PainBefore,
                m.PainAfter,
                m.Effect,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // One row per method (or one with none); each check-in is kept once, where it first appears.
        var loaded = new List<CheckIn>();
        var byId = new Dictionary<int, CheckIn>();
        foreach (var row in rows)
        {
            if (!byId.TryGetValue(row.CheckIn.Id, out var checkIn))
            {
                checkIn = row.CheckIn;
                byId.Add(checkIn.Id, checkIn);
                loaded.Add(checkIn);
            }

            if (row.MethodSlug is not null)
            {
                checkIn.Methods.Add(new MethodTried { CheckInId = checkIn.Id, MethodSlug = row.MethodSlug, PainBefore = row.PainBefore, PainAfter = row.PainAfter, Effect = row.Effect });
            }
        }

        return loaded;
    }
}
