namespace MuscleKnotGuide.Web.Security;

/// <summary>The headers every response carries: a strict CSP (no inline script or style), no framing, no sniffing, no referrer.</summary>
public static class SecurityHeaders
{
    private const int OneYearInSeconds = 365 * 24 * 60 * 60;

    public static void Apply(HeaderPolicyCollection policy, SecuritySettings settings)
    {
        policy
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            // Addresses such as /plan/12 say something about a person; nothing leaves with a link.
            .AddReferrerPolicyNoReferrer()
            .AddPermissionsPolicy(permissions =>
            {
                permissions.AddDefaultSecureDirectives();
                // The guided session keeps the screen awake while a hold counts down; only our own pages may ask.
                permissions.AddScreenWakeLock().Self();
            })
            .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
            .AddCrossOriginResourcePolicy(corp => corp.SameOrigin())
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                // No inline style attributes either: the pages and charts use classes from our own CSS files.
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().None();
                csp.AddFrameAncestors().None();
                csp.AddFormAction().Self();
            });

        if (settings.RequireHttps)
        {
            // Sent on HTTPS responses only, as the standard requires.
            policy.AddStrictTransportSecurityMaxAgeIncludeSubDomains(OneYearInSeconds);
        }
    }
}
