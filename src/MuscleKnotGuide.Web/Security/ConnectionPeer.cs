using System.Net;

namespace MuscleKnotGuide.Web.Security;

/// <summary>The address at the other end of the TCP connection: the proxy, for a request that came through one.</summary>
public sealed record ConnectionPeer(IPAddress? Address);
