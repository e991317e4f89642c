using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// A POST (or PUT, DELETE...) to a page with no handler for it answers 405. Otherwise Razor Pages renders the
/// page without running any handler, so a page that loads its data in OnGet (insights, report) would render
/// half-empty or fail with a 500.
/// </summary>
public sealed class OnlyHandledMethods : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        // The error and status pages re-executed for a failed request render whatever its method was.
        var reExecuted = context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        if (context.HandlerMethod is not null || HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || reExecuted)
        {
            return;
        }

        var allowed = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant())
            .Append("GET").Append("HEAD").Distinct(StringComparer.Ordinal);
        context.HttpContext.Response.Headers[HeaderNames.Allow] = string.Join(", ", allowed);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
