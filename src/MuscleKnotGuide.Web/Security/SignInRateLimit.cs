using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Password guessing is slowed per client IP on top of the per-account lockout: a fixed number of sign-in and
/// registration attempts a minute, shared by both forms. Showing the forms (GET) is never limited.
/// </summary>
public static class SignInRateLimit
{
    public const string PolicyName = "sign-in";

    private static readonly string[] LimitedPages = ["/Account/Login", "/Account/Register"];

    public static void Configure(RateLimiterOptions options, SecuritySettings settings)
    {
        // The status-code page re-executes the request and shows the friendly "Too many tries" text.
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, _) => RetryAfter.Add(context);
        options.AddPolicy(PolicyName, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }

            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.SignInPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
    }

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var page in LimitedPages)
        {
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(PolicyName)));
        }
    }
}
