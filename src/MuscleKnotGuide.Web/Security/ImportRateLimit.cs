using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Imports are the one write that can add thousands of rows at once, so each person may start a fixed number an
/// hour (<c>RateLimits:ImportsPerHour</c>), counted per account, not per address; past it the friendly 429 page
/// answers with Retry-After, as the sign-in limit does. Showing the page (GET) is never limited.
/// </summary>
public static class ImportRateLimit
{
    public const string PolicyName = "import";

    private const string ImportPage = "/YourData/Index";

    public static void Configure(RateLimiterOptions options, SecuritySettings settings) =>
        options.AddPolicy(PolicyName, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
            {
                // A visitor's post is sent to sign in before it reads anything.
                return RateLimitPartition.GetNoLimiter("read");
            }

            return RateLimitPartition.GetFixedWindowLimiter(userId, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.ImportsPerHour,
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
            });
        });

    public static void Apply(PageConventionCollection conventions) =>
        conventions.AddPageApplicationModelConvention(ImportPage, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(PolicyName)));
}
