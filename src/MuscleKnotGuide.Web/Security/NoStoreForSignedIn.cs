using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Pages for a signed-in person (check-ins, insights, plans, reports, account, downloads) show health data:
/// no browser or proxy keeps a copy, so the back button on a shared computer shows nothing after sign-out.
/// So does a page whose link carries what a visitor typed (<see cref="PersonalLink"/>).
/// </summary>
public sealed class NoStoreForSignedIn(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var needsSignIn = endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        var personalLink = endpoint?.Metadata.GetMetadata<PersonalLink>() is not null;

        // Fingerprinted CSS and script files hold no personal data and stay cacheable.
        if ((needsSignIn || signedIn || personalLink) && !IsStaticAsset(endpoint))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderNames.CacheControl] = "no-store";
                context.Response.Headers.Remove(HeaderNames.Expires);
                context.Response.Headers.Remove(HeaderNames.ETag);
                return Task.CompletedTask;
            });
        }

        return next(context);
    }

    private static bool IsStaticAsset(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;
}
