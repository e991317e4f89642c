using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// The one list of pages that need a signed-in person: everything that shows or changes someone's diary,
/// plans or account. A visitor may still build and print an unsaved plan (/plan, /plan/print, /plan/calendar).
/// </summary>
public static class SignInRequired
{
    private static readonly string[] Folders = ["/CheckIns", "/Insights", "/Reports", "/YourData"];

    private static readonly string[] Pages =
    [
        "/Account/Index",
        "/Account/Region",
        "/Account/AboutYou",
        "/Plans/Saved",
        "/Plans/Edit",
        "/Plans/Delete",
        "/Plans/SavedPrint",
        "/Plans/SavedCalendar",
    ];

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var folder in Folders)
        {
            conventions.AuthorizeFolder(folder);
        }

        foreach (var page in Pages)
        {
            conventions.AuthorizePage(page);
        }
    }
}
