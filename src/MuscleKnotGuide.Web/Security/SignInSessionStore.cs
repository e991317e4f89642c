using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// The sign-in cookie's server side (<c>CookieAuthenticationOptions.SessionStore</c>): each ticket is a row of
/// <see cref="SignInSession"/> in the app's database. A cookie whose row is gone (signed out, password changed,
/// account deleted, "sign out everywhere else") is refused on its next request.
/// </summary>
public sealed class SignInSessionStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock, SignInSessionCache cache) : ITicketStore
{
    /// <summary>"Last seen" is written at most this often per session, so reading pages does not write every time.</summary>
    public static readonly TimeSpan LastSeenStep = TimeSpan.FromMinutes(1);

    private const string CurrentKeyItem = "mkg:session-key";

    private readonly IDataProtector _protector = protection.CreateProtector("MuscleKnotGuide.SignInSession.v1");

    /// <summary>The key of the session this request was authenticated with, or null.</summary>
    public static string? CurrentKey(HttpContext context) => context.Items[CurrentKeyItem] as string;

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        StoreAsync(ticket, null, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;

        // Expired rows go whenever a session is written: no background job needed to keep the table small.
        await db.SignInSessions.Where(s => s.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);

        db.SignInSessions.Add(NewRow(key, ticket, httpContext, now));
        await db.SaveChangesAsync(cancellationToken);
        if (httpContext is not null)
        {
            httpContext.Items[CurrentKeyItem] = key;
        }

        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        RenewAsync(key, ticket, null, cancellationToken);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.SignInSessions.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (row is null)
        {
            // Ended while this request ran (signed out elsewhere, password changed): an ended key never comes back.
            // Fresh sign-ins never get here: the handler renews only a key it has just read, and the sign-in pages
            // refuse to sign in over a live sign-in (LoginModel.AlreadySignedIn).
            return;
        }

        row.UserId = UserIdOf(ticket);
        row.Ticket = Protect(ticket);
        row.ExpiresUtc = ExpiresOf(ticket, now);
        row.LastSeenUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(key);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) =>
        RetrieveAsync(key, null, cancellationToken);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // Read from the row at most once per "last seen" step (SignInSessionCache); the row is checked again then.
        var bytes = cache.Find(key, now) ?? await RetrieveRowAsync(key, now, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        if (httpContext is not null)
        {
            httpContext.Items[CurrentKeyItem] = key;
        }

        return TicketSerializer.Default.Deserialize(bytes);
    }

    private async Task<byte[]?> RetrieveRowAsync(string key, DateTime now, CancellationToken cancellationToken)
    {
        var generation = cache.Generation;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        var row = await db.SignInSessions.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (row is null || row.ExpiresUtc <= now)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = _protector.Unprotect(row.Ticket);
        }
        catch (CryptographicException)
        {
            // Its key was lost or revoked: the row is useless, the person signs in again.
            return null;
        }

        if (now - row.LastSeenUtc >= LastSeenStep)
        {
            row.LastSeenUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        var freshUntil = row.LastSeenUtc + LastSeenStep < row.ExpiresUtc ? row.LastSeenUtc + LastSeenStep : row.ExpiresUtc;
        cache.Keep(key, bytes, DateTime.SpecifyKind(freshUntil, DateTimeKind.Utc), now, generation);
        return bytes;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveAsync(key, null, cancellationToken);

    public async Task RemoveAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        cache.Forget(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiaryDbContext>();
        await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private SignInSession NewRow(string key, AuthenticationTicket ticket, HttpContext? httpContext, DateTime now) => new()
    {
        Key = key,
        UserId = UserIdOf(ticket),
        Ticket = Protect(ticket),
        CreatedUtc = now,
        LastSeenUtc = now,
        ExpiresUtc = ExpiresOf(ticket, now),
        Device = DeviceSummary.From(httpContext?.Request.Headers.UserAgent.ToString()),
    };

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A sign-in ticket without a person.");

    // The cookie handler always sets ExpiresUtc (sliding lifetime); the fallback only guards against a ticket without it.
    private static DateTime ExpiresOf(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddDays(14);
}
