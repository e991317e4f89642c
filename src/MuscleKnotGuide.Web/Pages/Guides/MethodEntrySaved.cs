using Microsoft.AspNetCore.Mvc.ViewFeatures;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.Pages.Guides;

/// <summary>
/// The notice after a method entry is saved (guided session or "I just did this"), carried over the redirect in
/// TempData: what was kept, and a link to view that day in the diary.
/// </summary>
public sealed record MethodEntrySaved(string Message, string DayLink)
{
    private const string MessageKey = "MethodEntrySavedMessage";
    private const string DayLinkKey = "MethodEntrySavedDayLink";

    public static void Keep(ITempDataDictionary tempData, MethodTry methodTry, string methodTitle)
    {
        var pain = methodTry switch
        {
            { PainBefore: { } before, PainAfter: { } after } => $"pain {before} → {after}",
            { PainAfter: { } after } => $"pain now {after}",
            { PainBefore: { } before } => $"pain before {before}",
            _ => "",
        };
        var minutes = methodTry.Minutes is { } m ? $", {m} {(m == 1 ? "minute" : "minutes")}" : "";
        tempData[MessageKey] = $"Saved to your diary: {methodTitle} at {DayText.Time(methodTry.Time)}{minutes}, {pain}.";
        // The whole link, not the bare date: TempData would read "2026-11-20" back as a DateTime.
        tempData[DayLinkKey] = $"/checkins#day-{DayText.Iso(methodTry.Day)}";
    }

    /// <summary>The notice to show once, or null. Call only for a signed-in person: reading TempData may set a cookie.</summary>
    public static MethodEntrySaved? Take(ITempDataDictionary tempData) =>
        tempData[MessageKey] is string message && tempData[DayLinkKey] is string dayLink
            ? new(message, dayLink)
            : null;
}
