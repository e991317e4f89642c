namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// One signed-in browser, kept server-side: the cookie carries only <see cref="Key"/>, so removing the row ends the
/// session on its very next request, on every instance, across restarts.
/// </summary>
public sealed class SignInSession
{
    public const int DeviceMaxLength = 64;

    /// <summary>256 random bits, hex; the cookie that names it is itself data-protected.</summary>
    public string Key { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The serialized authentication ticket, data-protected (it holds the person's claims).</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    /// <summary>Updated at most once every <see cref="SignInSessionStore.LastSeenStep"/>: approximate on purpose.</summary>
    public DateTime LastSeenUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    /// <summary>Coarse, e.g. "Chrome on Linux" (<see cref="DeviceSummary"/>): never the full User-Agent.</summary>
    public string Device { get; set; } = "";
}
