using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Answers 413 (and so the friendly status page) before anything reads a body that is larger than allowed:
/// once a form reader or the antiforgery check meets Kestrel's limit, the person would see a 400 or an error page.
/// A page allows more with [RequestSizeLimit] (only the diary import does).
/// </summary>
public sealed class RequestSizeGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The re-executed status page sees the same headers; it must be allowed to render.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = metadata is null ? SecuritySetup.FormBodyLimitBytes : metadata.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
