namespace MuscleKnotGuide.Web.Security;

/// <summary>The security switches read from configuration once at start-up (README: "Security and privacy").</summary>
public sealed record SecuritySettings
{
    /// <summary>HTTPS redirection, HSTS, Secure and __Host- cookies.</summary>
    public required bool RequireHttps { get; init; }

    /// <summary>How often a session re-checks the security stamp; ending sessions themselves is immediate (SignInSessionStore).</summary>
    public required TimeSpan SessionCheckInterval { get; init; }

    /// <summary>Sign-in and registration attempts (POSTs) allowed per client IP per minute.</summary>
    public required int SignInPerMinute { get; init; }

    /// <summary>Diary imports one person may start per hour.</summary>
    public required int ImportsPerHour { get; init; }

    /// <summary>An unused session ends after this; each visit extends it.</summary>
    public TimeSpan SlidingLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>However active, a session ends this long after signing in (OWASP session management: absolute timeout).</summary>
    public TimeSpan AbsoluteLifetime { get; init; } = TimeSpan.FromDays(30);

    public string AuthCookieName => RequireHttps ? "__Host-mkg-auth" : "mkg-auth";

    public static SecuritySettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        // Development and the test suites run over plain http on loopback, where a Secure cookie would not come back.
        var plainHttpEnvironment = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        return new SecuritySettings
        {
            RequireHttps = configuration.GetValue<bool?>("Security:RequireHttps") ?? !plainHttpEnvironment,
            SessionCheckInterval = configuration.GetValue("Security:SessionCheckInterval", TimeSpan.FromMinutes(1)),
            SignInPerMinute = Math.Max(1, configuration.GetValue("RateLimits:SignInPerMinute", 10)),
            ImportsPerHour = Math.Max(1, configuration.GetValue("RateLimits:ImportsPerHour", YourData.DiaryLimits.ImportsPerHour)),
        };
    }
}
