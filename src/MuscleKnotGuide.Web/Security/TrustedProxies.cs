using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: <c>Proxy:KnownProxies</c> (IP
/// addresses) and <c>Proxy:KnownNetworks</c> (CIDR), separated by commas or semicolons, or loopback only when
/// neither is set. Anybody else's forwarded headers are ignored, so a client cannot pick its own address or scheme.
/// </summary>
public sealed class TrustedProxies
{
    private static readonly IPNetwork[] Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    private TrustedProxies(IReadOnlyList<IPAddress> proxies, IReadOnlyList<IPNetwork> networks)
    {
        Proxies = proxies;
        Networks = networks;
    }

    public IReadOnlyList<IPAddress> Proxies { get; }

    public IReadOnlyList<IPNetwork> Networks { get; }

    public static TrustedProxies From(IConfiguration configuration)
    {
        var proxies = Split(configuration["Proxy:KnownProxies"]).Select(value => IPAddress.TryParse(value, out var proxy)
            ? proxy
            : throw new InvalidOperationException($"Proxy:KnownProxies: '{value}' is not an IP address.")).ToList();
        var networks = Split(configuration["Proxy:KnownNetworks"]).Select(value => IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"Proxy:KnownNetworks: '{value}' is not a network in CIDR form (such as 10.0.0.0/8).")).ToList();
        return proxies.Count == 0 && networks.Count == 0 ? new TrustedProxies([], Loopback) : new TrustedProxies(proxies, networks);
    }

    public bool Contains(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        // Kestrel on a dual-stack socket reports an IPv4 client as ::ffff:a.b.c.d.
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return Proxies.Contains(plain) || Networks.Any(network => network.Contains(plain));
    }

    public void Apply(ForwardedHeadersOptions options)
    {
        // Host is not taken from a header: the proxy passes the visitor's own Host, checked by AllowedHosts.
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }

        // Hops are read from the right while each one is a trusted proxy, so a chain (a load balancer, then
        // nginx) works when both are listed, and the first untrusted address found is the client's.
        options.ForwardLimit = null;
    }

    private static string[] Split(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
