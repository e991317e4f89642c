using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Loads check-ins with their methods in one SQL query, as <c>Include(c => c.Methods)</c> would, but as a flat LEFT
/// JOIN grouped here. EF Core's collection shaper builds new delegates for every row it reads (a
/// <c>DynamicMethod.CreateDelegate</c> per row: 14 % of the 365-day report's CPU in a trace); the flat rows need none.
/// </summary>
public static class CheckInsWithMethods
{
    /// <summary>The check-ins of <paramref name="checkIns"/>, untracked, each with its methods, in the query's order.</summary>
    public static async Task<List<CheckIn>> ToListWithMethodsAsync(this IQueryable<CheckIn> checkIns, DiaryDbContext db, CancellationToken cancellationToken)
    {
        var rows = await checkIns
            .SelectMany(c => db.MethodsTried.Where(m => m.CheckInId == c.Id).DefaultIfEmpty(), (c, m) => new { CheckIn = c, Method = m })
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

            if (row.Method is not null)
            {
                checkIn.Methods.Add(row.Method);
            }
        }

        return loaded;
    }
}
