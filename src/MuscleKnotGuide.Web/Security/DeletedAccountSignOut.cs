using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// A save that fails because the person behind the cookie no longer exists (their account was deleted on another
/// device a moment ago, so the row's foreign key has nothing to point to) ends that person's sessions and sends
/// the browser to the sign-in page, never a 500. Deleting an account ends its sessions, so this is the narrow race behind that.
/// </summary>
public sealed class DeletedAccountSignOut : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed is not { Exception: DbUpdateException, ExceptionHandled: false }
            || context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<DiaryDbContext>();
        db.ChangeTracker.Clear();
        if (await db.Users.AnyAsync(u => u.Id == userId, context.HttpContext.RequestAborted))
        {
            // The person exists: a real failure, left to the error page.
            return;
        }

        // Its sessions end, but the cookie stays: every other form still open in this browser is then sent to
        // sign in too (EndedSignIn), instead of failing antiforgery once the cookie is gone.
        await db.EndSessionsAsync(userId, keep: null, context.HttpContext.RequestAborted);
        executed.Result = new RedirectResult(SessionLifetime.SignInPath);
        executed.ExceptionHandled = true;
    }
}
