using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Extensions;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// With <c>Security:RequireHttps</c>, a plain-http request never reaches a page: its cookies would be sent in the
/// clear, and the Secure antiforgery cookie cannot be set over http (that was a 500 on every form). It is
/// redirected to https when that is safe, and otherwise gets the friendly 400 "This site needs HTTPS" page:
/// <list type="bullet">
/// <item>through a trusted proxy: never redirected, since a proxy that reached us over TLS but did not say so
/// (no X-Forwarded-Proto) would send the visitor round the same redirect for ever;</item>
/// <item>directly: redirected only when the https port is known and <c>AllowedHosts</c> names this site's hosts,
/// so the visitor's Host header, which anybody can forge, is never written into a Location.</item>
/// </list>
/// </summary>
public sealed class HttpsRequirement(TrustedProxies proxies, IServer server, IConfiguration configuration, ILogger<HttpsRequirement> logger) : IMiddleware
{
    /// <summary>Set on a refused request, so the status page explains what to do.</summary>
    public const string RefusedItem = "mkg:https-required";

    private readonly bool _hostsNamed = AllowedHostsAreNamed(configuration);
    private int? _httpsPort;
    private bool _portLookedUp;

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.IsHttps
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            // Orchestrators and uptime checks probe over plain http; the answer holds no personal data.
            || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var peer = context.Features.Get<ConnectionPeer>()?.Address ?? context.Connection.RemoteIpAddress;
        if (!proxies.Contains(peer) && _hostsNamed && HttpsPort() is { } port)
        {
            var host = port == 443 ? new HostString(request.Host.Host) : new HostString(request.Host.Host, port);
            context.Response.Redirect(UriHelper.BuildAbsolute("https", host, request.PathBase, request.Path, request.QueryString), permanent: false, preserveMethod: true);
            return Task.CompletedTask;
        }

        // The page shown instead is a visitor's: no session is read from a cookie that came in the clear.
        request.Headers.Cookie = default;
        context.Items[RefusedItem] = true;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    /// <summary>Says once, at start-up, when plain-http visitors will get the page rather than a redirect.</summary>
    public void WarnIfNoRedirect()
    {
        if (!_hostsNamed || HttpsPort() is null)
        {
            logger.LogWarning(
                "Security:RequireHttps is on, but plain-http requests that do not come through a trusted proxy (Proxy:KnownProxies, Proxy:KnownNetworks) cannot be redirected to https ({Missing}): they get a 400 \"This site needs HTTPS\" page",
                !_hostsNamed ? "AllowedHosts is '*'; set it to this site's host names" : "no https port is known; set https_port or an https address in urls");
        }
    }

    private int? HttpsPort()
    {
        if (!_portLookedUp)
        {
            _httpsPort = configuration.GetValue<int?>("https_port") ?? configuration.GetValue<int?>("HTTPS_PORT") ?? ServerHttpsPort();
            _portLookedUp = true;
        }

        return _httpsPort;
    }

    private int? ServerHttpsPort()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var parsed = BindingAddress.Parse(address);
            if (parsed.Scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return parsed.Port;
            }
        }

        return null;
    }

    private static bool AllowedHostsAreNamed(IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return hosts.Length > 0 && !hosts.Contains("*", StringComparer.Ordinal);
    }
}
