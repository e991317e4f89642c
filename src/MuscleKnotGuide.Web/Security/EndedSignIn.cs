using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// A browser whose sign-in ended elsewhere (signed out, password changed, account deleted, "sign out everywhere
/// else") still sends its old cookie, and its open forms were made for the person it was then: antiforgery would
/// refuse them with a bare 400. So every write with an ended sign-in goes to the sign-in page before antiforgery or
/// any handler runs, with nothing saved. A form made for a visitor (a visitor's plan, the sign-in form) still goes
/// through, and a read continues as a visitor. The old cookie stays, so every open form of that browser is sent to
/// sign in, until the sign-in or registration page removes it (the new sign-in then gets a new session key).
/// </summary>
public sealed class EndedSignIn(RequestDelegate next)
{
    private static readonly PathString[] SignInPages = [SessionLifetime.SignInPath, "/account/register"];

    public async Task InvokeAsync(HttpContext context)
    {
        // The cookie handler caches its result for the request, so this is the answer UseAuthentication already got.
        var signIn = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (signIn.Failure is null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            if (SignInPages.Any(page => context.Request.Path.Equals(page, StringComparison.OrdinalIgnoreCase)))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            await next(context);
            return;
        }

        if (await IsVisitorFormAsync(context))
        {
            await next(context);
            return;
        }

        context.Response.Redirect(SessionLifetime.SignInPath);
    }

    // Pages behind sign-in never have a visitor's form, and their bodies may be larger than an ordinary form
    // (the import), so only the open pages' forms are read here.
    private static async Task<bool> IsVisitorFormAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null || !context.Request.HasFormContentType)
        {
            return false;
        }

        return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }
}
