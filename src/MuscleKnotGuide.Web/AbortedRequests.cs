using Microsoft.AspNetCore.Diagnostics;
using Serilog;

namespace MuscleKnotGuide.Web;

/// <summary>
/// Sits inside the request log and the status pages so a request the client gave up on (closed the tab, lost signal) is logged as
/// what it is: status 499 ("client closed request", as nginx logs it) with Aborted = true at the normal request level,
/// not as a 500 at Error, which would page someone for nothing, nor as the 400 of a form cut off half way (and no status
/// page is rendered for a reader who has gone). The cancellation or broken read it causes is expected
/// and ends here; any other exception, and any exception while the client is still there, goes on to the error page.
/// When the response had already started, its status cannot change: the line keeps that status with Aborted = true.
/// </summary>
public sealed class AbortedRequests(RequestDelegate next, IDiagnosticContext diagnostics)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or BadHttpRequestException
            && context.RequestAborted.IsCancellationRequested)
        {
            // Nothing to send: the connection is gone.
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            diagnostics.Set("Aborted", true);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            }
        }
    }
}
