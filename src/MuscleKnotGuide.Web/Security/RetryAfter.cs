using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace MuscleKnotGuide.Web.Security;

/// <summary>Every 429 says when to try again (RFC 9110, 10.2.3), in whole seconds, so a client need not guess.</summary>
public static class RetryAfter
{
    /// <summary>A limiter that does not say (none of ours) is taken to free up within a minute, our shortest window.</summary>
    private static readonly TimeSpan WhenUnknown = TimeSpan.FromMinutes(1);

    public static ValueTask Add(OnRejectedContext context)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : WhenUnknown;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }
}
