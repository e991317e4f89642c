using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// A page whose address carries what a visitor typed: the unsaved plan's print link holds the goal and the methods.
/// Like a signed-in page, it is sent with no-store (<see cref="NoStoreForSignedIn"/>), so no browser or proxy keeps
/// a copy; the no-referrer policy on every response keeps the link from leaving with a click.
/// </summary>
public sealed class PersonalLink
{
    private static readonly string[] Pages = ["/Plan/Print"];

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var page in Pages)
        {
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new PersonalLink()));
        }
    }
}
