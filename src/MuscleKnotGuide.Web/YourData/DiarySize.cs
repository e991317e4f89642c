using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>How much a person's diary holds, as the "Your data" and delete-account pages tell them.</summary>
public sealed record DiarySize(int CheckIns, int Plans)
{
    public static async Task<DiarySize> OfAsync(DiaryDbContext db, string userId, CancellationToken cancellationToken) =>
        new(await db.CheckInsOf(userId).CountAsync(cancellationToken), await db.PlansOf(userId).CountAsync(cancellationToken));
}
