using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace MuscleKnotGuide.Tests.Infrastructure;

/// <summary>
/// In-memory clients that connect from a chosen address (a proxy, a visitor, an attacker), with the headers a
/// proxy would add; cookies kept and redirects not followed, like <see cref="AppFactory.CreateBrowserClient"/>.
/// </summary>
public static class ClientAddress
{
    public static HttpClient CreateClientFrom(this AppFactory app, string peer, string baseAddress = "http://localhost", params (string Name, string Value)[] headers)
    {
        var handler = app.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(peer));
        var client = new HttpClient(new CookieContainerHandler { InnerHandler = handler }) { BaseAddress = new Uri(baseAddress) };
        foreach (var (name, value) in headers)
        {
            client.DefaultRequestHeaders.Add(name, value);
        }

        return client;
    }
}
