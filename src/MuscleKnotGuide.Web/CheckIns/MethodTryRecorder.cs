using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Keeps a finished method try in the diary: the one door a guided session saves through. Today a try is a
/// <see cref="MethodTried"/> row on that day's check-in (the day is created when it has none); when the diary
/// gains several entries a day, only this class changes.
/// </summary>
public sealed class MethodTryRecorder(DiaryDbContext db)
{
    public async Task<MethodTryOutcome> RecordAsync(MethodTry methodTry, CancellationToken cancellationToken)
    {
        if (Check(methodTry) is { } problem)
        {
            return MethodTryOutcome.Refused(problem);
        }

        try
        {
            return await AddAsync(methodTry, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // A parallel save created the day (or the method row) first: add to that one instead.
            db.ChangeTracker.Clear();
            return await AddAsync(methodTry, cancellationToken);
        }
    }

    /// <summary>Why a try cannot be kept, or null; the same limits as the check-in form.</summary>
    public static string? Check(MethodTry methodTry)
    {
        if (methodTry.Minutes is < 1 or > CheckInRules.MaxMinutes)
        {
            return $"Minutes must be a whole number from 1 to {CheckInRules.MaxMinutes}.";
        }

        return methodTry.PainBefore is < PainScale.Min or > PainScale.Max || methodTry.PainAfter is < PainScale.Min or > PainScale.Max
            ? $"Pain must be a whole number from {PainScale.Min} to {PainScale.Max}."
            : null;
    }

    private async Task<MethodTryOutcome> AddAsync(MethodTry methodTry, CancellationToken cancellationToken)
    {
        var checkIn = await db.CheckInsOf(methodTry.UserId).Include(c => c.Methods)
            .FirstOrDefaultAsync(c => c.Day == methodTry.Day, cancellationToken);
        if (checkIn is null)
        {
            // A day in the diary needs its pain level; the latest the person gave is the truest for the day.
            if ((methodTry.PainAfter ?? methodTry.PainBefore) is not { } pain)
            {
                return MethodTryOutcome.Refused("Today has no check-in yet: choose your pain now so the session can start today's entry.");
            }

            checkIn = new CheckIn { UserId = methodTry.UserId, Day = methodTry.Day, PainLevel = pain, CreatedAt = methodTry.At };
            db.CheckIns.Add(checkIn);
        }

        // One row per method a day: a second session that day adds its minutes, keeps the first pain before
        // and takes the latest pain after, so the row still reads "before I started, after I finished".
        var tried = checkIn.Methods.FirstOrDefault(m => m.MethodSlug == methodTry.MethodSlug);
        if (tried is null)
        {
            tried = new MethodTried { MethodSlug = methodTry.MethodSlug };
            checkIn.Methods.Add(tried);
        }

        tried.Minutes = Math.Min((tried.Minutes ?? 0) + methodTry.Minutes, CheckInRules.MaxMinutes);
        tried.PainBefore ??= methodTry.PainBefore;
        tried.PainAfter = methodTry.PainAfter ?? tried.PainAfter;
        checkIn.UpdatedAt = methodTry.At;
        await db.SaveChangesAsync(cancellationToken);
        return MethodTryOutcome.SavedTo(checkIn.Id);
    }
}
