using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Web.Pages.YourData;

/// <summary>The downloads of "Your data": only the signed-in person's own rows, as attachments that are never cached.</summary>
public sealed class ExportModel(DiaryDbContext db, GuideCatalog guides, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string file)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var userId = User.UserId();
        var stamp = User.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        switch (file)
        {
            case "checkins.csv":
                var checkIns = await db.CheckInsOf(userId).Include(c => c.Methods).AsNoTracking().ToListAsync(cancellationToken);
                var order = guides.Current.Methods.Select(m => m.Slug).ToArray();
                return Csv(DiaryCsv.CheckIns(checkIns, order), $"muscleknotguide-checkins-{stamp}.csv");
            case "plans.csv":
                var plans = await db.PlansOf(userId).Include(p => p.Methods).AsNoTracking().ToListAsync(cancellationToken);
                return Csv(DiaryCsv.Plans(plans), $"muscleknotguide-plans-{stamp}.csv");
            case "diary.json":
                var export = DiaryExport.From(
                    await db.CheckInsOf(userId).Include(c => c.Methods).AsNoTracking().ToListAsync(cancellationToken),
                    await db.PlansOf(userId).Include(p => p.Methods).AsNoTracking().ToListAsync(cancellationToken),
                    clock.GetUtcNow(),
                    await db.RiskHistories.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken));
                // Serialised straight into the response: a ten-year diary is 2.5 MB of JSON, which as one byte array
                // (and the copies made while it grew) went to the large object heap on every download (README,
                // Benchmark: fifteenth round). The framework's stream result sets the same headers as File().
                await TypedResults.Stream(body => export.WriteUtf8JsonAsync(body, cancellationToken), "application/json", $"muscleknotguide-diary-{stamp}.json")
                    .ExecuteAsync(HttpContext);
                return new EmptyResult();
            default:
                return NotFound();
        }
    }

    // The byte-order mark tells spreadsheet programs the file is UTF-8, so accents and °C survive.
    private FileContentResult Csv(string text, string fileName) =>
        File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "text/csv; charset=utf-8", fileName);
}
