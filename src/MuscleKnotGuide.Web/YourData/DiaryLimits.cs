namespace MuscleKnotGuide.Web.YourData;

/// <summary>
/// How much one person's diary can hold, the same for the forms and for an import (issue 17, item 5), so a
/// diary never grows past what its own export can bring back. Limits on entries per day belong here too.
/// </summary>
public static class DiaryLimits
{
    /// <summary>Far more than anyone plans by hand (two a week for a year); it keeps the plan page and exports small.</summary>
    public const int MaxSavedPlans = 100;

    /// <summary>Check-ins one account keeps: one a day is some 27 years; several a day, years of a busy diary.</summary>
    public const int MaxCheckIns = 20_000;

    /// <summary>
    /// All notes of one diary together, in characters: a full note (2,000) on 500 days, or a line on every day.
    /// Without it, 20,000 full notes would make an export of over 200 MB that no import could take back.
    /// </summary>
    public const int MaxNotesCharacters = 1_000_000;

    /// <summary>
    /// The largest import file. A diary at every limit above, each entry as full as the forms allow, exports to
    /// less than this (measured by DiaryLimitsTests), so anything the app lets a person build comes back in.
    /// </summary>
    public const int ImportFileBytes = 48 * 1024 * 1024;

    /// <summary>Imports one person may start in an hour: restoring a diary takes one or two; more is a script.</summary>
    public const int ImportsPerHour = 10;

    public static string PlansFull =>
        $"You have {MaxSavedPlans} saved plans, the most one account keeps. Delete a plan you no longer need, then save this one.";

    public static string CheckInsFull =>
        $"Your diary holds {MaxCheckIns:N0} check-ins, the most one account keeps. Delete old check-ins you no longer need, or download your data and start afresh.";

    public static string NotesFull(int otherNotes) =>
        $"Your notes together can be up to {MaxNotesCharacters:N0} characters, and your other check-ins already hold {otherNotes:N0}. Please shorten this note.";

    /// <summary>Null when <paramref name="adding"/> characters of notes fit beside the <paramref name="existing"/> ones.</summary>
    public static string? NotesProblem(long existing, long adding) => existing + adding <= MaxNotesCharacters
        ? null
        : $"The notes in this file ({adding:N0} characters) and in your diary ({existing:N0}) come to more than the {MaxNotesCharacters:N0} characters one account keeps. Nothing was imported.";

    /// <summary>Null when <paramref name="adding"/> plans fit beside the <paramref name="existing"/> ones.</summary>
    public static string? PlansProblem(int existing, int adding) => existing + adding <= MaxSavedPlans
        ? null
        : $"This file has {Count(adding, "new plan")} and your account has {Count(existing, "plan")}; together that is more than the {MaxSavedPlans} one account keeps. Nothing was imported.";

    /// <summary>Null when <paramref name="adding"/> check-ins fit beside the <paramref name="existing"/> ones.</summary>
    public static string? CheckInsProblem(int existing, int adding) => existing + adding <= MaxCheckIns
        ? null
        : $"This file has {Count(adding, "check-in")} and your diary has {Count(existing, "check-in")}; together that is more than the {MaxCheckIns:N0} one account keeps. Nothing was imported.";

    private static string Count(int number, string noun) => $"{number:N0} {noun}{(number == 1 ? "" : "s")}";
}
