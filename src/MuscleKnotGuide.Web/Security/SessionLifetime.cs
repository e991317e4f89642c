using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// The sign-in cookie: HttpOnly, SameSite=Lax, Secure with the __Host- prefix over HTTPS, a sliding lifetime,
/// an absolute one that a busy session cannot extend, and each session kept server-side (<see cref="SignInSessionStore"/>).
/// </summary>
public static class SessionLifetime
{
    // IssuedUtc moves each time a sliding cookie is renewed, so the first sign-in time travels in the ticket itself.
    private const string SignedInAtKey = "mkg:signed-in-at";

    public const string SignInPath = "/account/login";

    public static void Configure(CookieAuthenticationOptions options, SecuritySettings settings, ITicketStore sessions)
    {
        // Server-side sessions: the cookie names a row, so ending a session takes effect on its next request.
        options.SessionStore = sessions;
        options.LoginPath = SignInPath;
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = SignInPath;
        options.Cookie.Name = settings.AuthCookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.Path = "/";
        options.Cookie.SecurePolicy = settings.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = settings.SlidingLifetime;

        // Redirects name the page by its path alone: the visitor's Host header, which anybody can forge, never
        // ends up in a Location (the browser resolves the path against the address it used).
        var redirectToLogin = options.Events.OnRedirectToLogin;
        options.Events.OnRedirectToLogin = context => redirectToLogin(PathOnly(context));
        var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToAccessDenied = context => redirectToAccessDenied(PathOnly(context));

        var onSigningIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            // A refresh (new claims, password change) keeps the original time; only a real sign-in sets it.
            if (!context.Properties.Items.ContainsKey(SignedInAtKey))
            {
                var now = Clock(context.HttpContext).GetUtcNow();
                context.Properties.Items[SignedInAtKey] = now.ToString("O", CultureInfo.InvariantCulture);
            }

            return onSigningIn(context);
        };

        // Identity's own handler checks the security stamp (a second line behind the server-side sessions); it runs after ours.
        var checkSecurityStamp = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            if (IsPastAbsoluteLifetime(context.Properties, Clock(context.HttpContext).GetUtcNow(), settings.AbsoluteLifetime))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            // Identity's validator only checks once per interval, but resolving it builds a UserManager and a
            // DbContext on every request (the benchmark: a fifth of a signed-in request's time); ask it only when due.
            if (IsSecurityStampCheckDue(context.Properties, Clock(context.HttpContext).GetUtcNow(), settings.SessionCheckInterval))
            {
                await checkSecurityStamp(context);
            }
        };
    }

    public static bool IsPastAbsoluteLifetime(AuthenticationProperties properties, DateTimeOffset now, TimeSpan absoluteLifetime)
    {
        if (!properties.Items.TryGetValue(SignedInAtKey, out var value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt))
        {
            // A ticket without the time was not issued by this app's sign-in: it gets no benefit of the doubt.
            return true;
        }

        return now - signedInAt > absoluteLifetime;
    }

    /// <summary>The same rule as Identity's <c>SecurityStampValidator</c>: no issue time, or older than the interval.</summary>
    public static bool IsSecurityStampCheckDue(AuthenticationProperties properties, DateTimeOffset now, TimeSpan interval) =>
        properties.IssuedUtc is not { } issued || now - issued > interval;

    private static RedirectContext<CookieAuthenticationOptions> PathOnly(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute))
        {
            context.RedirectUri = absolute.PathAndQuery;
        }

        return context;
    }

    private static TimeProvider Clock(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>();
}
