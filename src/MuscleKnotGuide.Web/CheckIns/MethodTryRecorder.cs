using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Text;
using MuscleKnotGuide.Web.YourData;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Keeps a finished method try as a diary entry of its own ("stretching at 08:10, pain 6 → 4"): the one door that
/// the guided session and "I just did this" both save through, with the same limits as the check-in form
/// (50 entries a day, <see cref="DiaryLimits.MaxCheckIns"/> a diary). The save is one SaveChanges, so the personal
/// page cache is evicted by <c>DiaryChangeEviction</c> like any other diary write.
/// </summary>
public sealed class MethodTryRecorder(DiaryDbContext db, GuideCatalog catalog)
{
    public async Task<MethodTryOutcome> RecordAsync(MethodTry methodTry, CancellationToken cancellationToken)
    {
        if (Check(methodTry, catalog.Current) is { } problem)
        {
            return MethodTryOutcome.Refused(problem);
        }

        // The same turn-taking as the check-in form, so two saves at once cannot both take a day's last place.
        await using var transaction = await DiaryWriteLock.BeginAsync(db, methodTry.UserId, cancellationToken);
        var before = await DiaryBeforeSaveQuery.ReadAsync(db, methodTry.UserId, methodTry.Day, exceptId: 0, cancellationToken);
        switch (before.Room)
        {
            case DiaryRoom.DayFull:
                return MethodTryOutcome.Refused(DayFullMessage(methodTry.Day));
            case DiaryRoom.DiaryFull:
                return MethodTryOutcome.Refused(DiaryLimits.CheckInsFull);
        }

        var entry = ToEntry(methodTry);
        db.CheckIns.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await LatestRunKeeper.AfterAddingAsync(db, methodTry.UserId, before, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MethodTryOutcome.SavedTo(entry.Id);
    }

    /// <summary>Why a try cannot be kept, or null; the same limits as the check-in form's method rows.</summary>
    public static string? Check(MethodTry methodTry, GuideLibrary library)
    {
        if (library.FindMethod(methodTry.MethodSlug) is null)
        {
            return $"\"{methodTry.MethodSlug}\" is not one of the methods in the guides.";
        }

        if (methodTry.Minutes is < 1 or > CheckInRules.MaxMinutes)
        {
            return $"Minutes must be a whole number from 1 to {CheckInRules.MaxMinutes}, or left empty.";
        }

        if (methodTry.PainBefore is < PainScale.Min or > PainScale.Max || methodTry.PainAfter is < PainScale.Min or > PainScale.Max)
        {
            return $"Pain must be a whole number from {PainScale.Min} to {PainScale.Max}.";
        }

        // Every diary entry has a pain level; a try with neither score would be an entry without one.
        return methodTry.PainBefore is null && methodTry.PainAfter is null
            ? "Choose your pain now (or before you started), from 0 to 10: every diary entry needs a pain level."
            : null;
    }

    /// <summary>The problem when <paramref name="day"/> already holds the most entries a day can.</summary>
    public static string? DayFull(DateOnly day, int entriesOnDay) =>
        CheckInRules.CheckRoomOnDay(day, entriesOnDay) is not null ? DayFullMessage(day) : null;

    private static string DayFullMessage(DateOnly day) =>
        $"{DayText.Full(day)} already has {CheckInRules.MaxEntriesPerDay} entries, the most a day can hold, so this was not saved. Delete or combine some in your diary, then save it again.";

    /// <summary>
    /// The entry a checked try becomes. Its pain level is the pain after (the latest the person gave), or the pain
    /// before when only that was given.
    /// </summary>
    public static CheckIn ToEntry(MethodTry methodTry) => new()
    {
        UserId = methodTry.UserId,
        Day = methodTry.Day,
        Time = methodTry.Time,
        PainLevel = methodTry.PainAfter ?? methodTry.PainBefore ?? throw new ArgumentException("A try without pain must be refused by Check first.", nameof(methodTry)),
        CreatedAt = methodTry.At,
        UpdatedAt = methodTry.At,
        Methods =
        [
            new MethodTried { MethodSlug = methodTry.MethodSlug, Minutes = methodTry.Minutes, PainBefore = methodTry.PainBefore, PainAfter = methodTry.PainAfter },
        ],
    };
}
