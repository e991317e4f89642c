using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// Loads check-ins with their methods in one SQL query, as <c>Include(c => c.Methods)</c> would, but as a flat LEFT
/// JOIN grouped here (long date ranges in two: <see cref="OneQueryMaxDays"/>). EF Core's collection shaper builds new
/// delegates for every row it reads (a <c>DynamicMethod.CreateDelegate</c> per row: 14 % of the 365-day report's CPU
/// in a trace); the flat rows need none.
/// Only the columns the diary's pages read are loaded: <see cref="CheckIn.Stiffness"/>, <see cref="CheckIn.CreatedAt"/>,
/// <see cref="CheckIn.UpdatedAt"/> and each method's <see cref="MethodTried.Id"/> and <see cref="MethodTried.Minutes"/>
/// are left at their defaults (parsing the two stamps was about 30 % of the 365-day report's CPU, and every value read
/// is a call into SQLite on every row of the join), so what this returns is for showing, never for saving or exporting.
/// </summary>
public static class CheckInsWithMethods
{
    /// <summary>The flat row of a check-in and one of its methods (or none), written once for both joins.</summary>
    private static readonly Expression<Func<CheckIn, MethodTried?, CheckInWithMethodRow>> RowOf = (c, m) => new CheckInWithMethodRow
    {
        Id = c.Id,
        Day = c.Day,
        Time = c.Time,
        PainLevel = c.PainLevel,
        Areas = c.Areas,
        // Most entries have none: an empty list is read as NULL, so EF Core does not parse "[]" as JSON (a reader, and
        // the list's constructor found by reflection) on every row of the join.
        WarningSymptoms = c.WarningSymptoms.Count == 0 ? null : c.WarningSymptoms,
        Notes = c.Notes,
        StoppedSleeping = c.StoppedSleeping,
        StoppedActivities = c.StoppedActivities,
        AfterFallOrInjury = c.AfterFallOrInjury,
        // The method's own columns only: a null slug is a check-in without methods (the column is never null).
        MethodSlug = m!.MethodSlug,
        PainBefore = m.PainBefore,
        PainAfter = m.PainAfter,
        Effect = m.Effect,
    };

    // Compiled once: the check-in list asks for a page on every view, and EF Core's per-query work (walking the
    // expression tree for the query-cache key, extracting parameters) cost more than SQLite's answer.
    private static readonly CompiledPerModel<Func<DiaryDbContext, string, int, int, IAsyncEnumerable<CheckInWithMethodRow>>> PageQuery = new(() =>
        EF.CompileAsyncQuery((DiaryDbContext db, string userId, int skip, int take) => db.CheckIns
            .Where(c => c.UserId == userId)
            .OrderByDescending(c => c.Day)
            .ThenByDescending(c => c.Time)
            .ThenByDescending(c => c.Id)
            .Skip(skip)
            .Take(take)
            .SelectMany(c => db.MethodsTried.Where(m => m.CheckInId == c.Id).DefaultIfEmpty(), RowOf)
            .AsNoTracking()));

    // Compiled too: for the 365-day report, walking the query's expression tree and extracting its parameters on every
    // view was about a tenth of loading its rows.
    private static readonly CompiledPerModel<Func<DiaryDbContext, string, DateOnly, DateOnly, IAsyncEnumerable<CheckInWithMethodRow>>> RangeQuery = new(() =>
        EF.CompileAsyncQuery((DiaryDbContext db, string userId, DateOnly from, DateOnly to) => db.CheckIns
            .Where(c => c.UserId == userId && c.Day >= from && c.Day <= to)
            .SelectMany(c => db.MethodsTried.Where(m => m.CheckInId == c.Id).DefaultIfEmpty(), RowOf)
            .AsNoTracking()));

    /// <summary>
    /// A person's check-ins from <paramref name="from"/> to <paramref name="to"/> (both included), untracked, each with
    /// its methods, in no set order: one SQL query up to <see cref="OneQueryMaxDays"/> days, two for longer ranges.
    /// </summary>
    public static Task<List<CheckIn>> InRangeWithMethodsAsync(DiaryDbContext db, string userId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        to.DayNumber - from.DayNumber + 1 <= OneQueryMaxDays
            ? InRangeByJoinAsync(db, userId, from, to, cancellationToken)
            : InRangeByTwoQueriesAsync(db, userId, from, to, cancellationToken);

    /// <summary>
    /// The longest range read with the join. The join repeats a check-in's ten columns on every method row, and every
    /// value read is a call into SQLite (its statement handle reference-counted; the join's method columns are
    /// nullable, so each costs a null check too): about a quarter of the 365-day report's CPU. Reading the check-ins
    /// and then their methods reads about a third fewer values for one more statement (README, Benchmark: the report
    /// 3.8-4.5 -> 3.3-3.9 ms of CPU). The insights' default window (30 days and the seek-care rules' 42, plus a week
    /// for the rolling average: 48) stays one statement, as the benchmark measures it: two were not measured there.
    /// </summary>
    internal const int OneQueryMaxDays = 60;

    internal static Task<List<CheckIn>> InRangeByJoinAsync(DiaryDbContext db, string userId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GroupAsync(RangeQuery.For(db)(db, userId, from, to), userId, new Dictionary<int, CheckIn>(ExpectedEntries(from, to)), cancellationToken);

    // Sized for an entry a day, the usual diary, up to a year's worth, so the report's year does not grow them step by
    // step; a diary with more entries a day, or the insights' slightly longer window, grows them as before.
    private static int ExpectedEntries(DateOnly from, DateOnly to) => Math.Clamp(to.DayNumber - from.DayNumber + 1, 0, 366);

    // The check-ins alone: RowOf without a method (the method columns stay null).
    private static readonly CompiledPerModel<Func<DiaryDbContext, string, DateOnly, DateOnly, IAsyncEnumerable<CheckInWithMethodRow>>> RangeCheckInsQuery = new(() =>
        EF.CompileAsyncQuery((DiaryDbContext db, string userId, DateOnly from, DateOnly to) => db.CheckIns
            .Where(c => c.UserId == userId && c.Day >= from && c.Day <= to)
            .Select(c => new CheckInWithMethodRow
            {
                Id = c.Id,
                Day = c.Day,
                Time = c.Time,
                PainLevel = c.PainLevel,
                Areas = c.Areas,
                WarningSymptoms = c.WarningSymptoms.Count == 0 ? null : c.WarningSymptoms,
                Notes = c.Notes,
                StoppedSleeping = c.StoppedSleeping,
                StoppedActivities = c.StoppedActivities,
                AfterFallOrInjury = c.AfterFallOrInjury,
            })
            .AsNoTracking()));

    private static readonly CompiledPerModel<Func<DiaryDbContext, string, DateOnly, DateOnly, IAsyncEnumerable<MethodTried>>> RangeMethodsQuery = new(() =>
        EF.CompileAsyncQuery((DiaryDbContext db, string userId, DateOnly from, DateOnly to) => db.MethodsTried
            .Join(
                db.CheckIns.Where(c => c.UserId == userId && c.Day >= from && c.Day <= to),
                m => m.CheckInId,
                c => c.Id,
                (m, c) => new MethodTried { CheckInId = m.CheckInId, MethodSlug = m.MethodSlug, PainBefore = m.PainBefore, PainAfter = m.PainAfter, Effect = m.Effect })
            .AsNoTracking()));

    /// <summary>
    /// The check-ins, then their methods. The two are not one snapshot: an entry saved, edited, moved or deleted
    /// between them may show without its methods or with its methods from after the edit (a method whose entry the
    /// first query did not see is left out). These pages only read, and the next view is whole.
    /// </summary>
    internal static async Task<List<CheckIn>> InRangeByTwoQueriesAsync(DiaryDbContext db, string userId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // The first query has one row per check-in; the dictionary it is grouped with finds each method's entry.
        var byId = new Dictionary<int, CheckIn>(ExpectedEntries(from, to));
        var loaded = await GroupAsync(RangeCheckInsQuery.For(db)(db, userId, from, to), userId, byId, cancellationToken);
        await foreach (var method in RangeMethodsQuery.For(db)(db, userId, from, to).WithCancellation(cancellationToken))
        {
            if (byId.TryGetValue(method.CheckInId, out var checkIn))
            {
                checkIn.Methods.Add(method);
            }
        }

        return loaded;
    }

    /// <summary>One page of a person's check-ins, newest first (day, time, then the newest entry), untracked, each with its methods.</summary>
    public static Task<List<CheckIn>> PageWithMethodsAsync(DiaryDbContext db, string userId, int skip, int take, CancellationToken cancellationToken) =>
        GroupAsync(PageQuery.For(db)(db, userId, skip, take), userId, new Dictionary<int, CheckIn>(take), cancellationToken);

    /// <summary>The check-ins of <paramref name="rows"/>, also added to <paramref name="byId"/>.</summary>
    private static async Task<List<CheckIn>> GroupAsync(IAsyncEnumerable<CheckInWithMethodRow> rows, string userId, Dictionary<int, CheckIn> byId, CancellationToken cancellationToken)
    {
        // One row per method (or one with none); each check-in is kept once, where it first appears.
        var loaded = new List<CheckIn>(byId.Capacity);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (!byId.TryGetValue(row.Id, out var checkIn))
            {
                // The owner is the one asked for, so UserId is not read from every row.
                checkIn = new CheckIn
                {
                    Id = row.Id,
                    UserId = userId,
                    Day = row.Day,
                    Time = row.Time,
                    PainLevel = row.PainLevel,
                    Areas = row.Areas,
                    Notes = row.Notes,
                    StoppedSleeping = row.StoppedSleeping,
                    StoppedActivities = row.StoppedActivities,
                    AfterFallOrInjury = row.AfterFallOrInjury,
                };
                // Most entries have none, and a new check-in starts with its own empty list.
                if (row.WarningSymptoms is { } symptoms)
                {
                    checkIn.WarningSymptoms = symptoms;
                }

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
