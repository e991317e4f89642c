using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Answers a sign-in for an email that has no account the way Identity answers a wrong password for one that has:
/// the same work (the password is checked against a hash made once with the same hasher, so it costs as long),
/// the same failure, and the same lockout after the same number of tries, for as long. So neither the answer nor
/// its timing tells whether an email has an account.
/// </summary>
/// <remarks>
/// The tries are counted in memory (per app instance, forgotten at a restart), for at most <see cref="MaxTracked"/>
/// emails; a count is forgotten a day after its last try. Real accounts keep theirs in the database.
/// </remarks>
public sealed class UnknownEmailSignIns
{
    public const int MaxTracked = 10_000;

    private static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);

    private readonly LockoutOptions _lockout;
    private readonly TimeProvider _clock;
    private readonly AppUser _nobody = new();
    private readonly Dictionary<string, Tries> _tries = new(StringComparer.Ordinal);
    private string? _dummyHash;

    public UnknownEmailSignIns(IOptions<IdentityOptions> identity, TimeProvider clock)
    {
        _lockout = identity.Value.Lockout;
        _clock = clock;
    }

    public int Tracked
    {
        get
        {
            lock (_tries)
            {
                return _tries.Count;
            }
        }
    }

    /// <summary>One sign-in attempt for <paramref name="normalizedEmail"/>, which has no account: never a success.</summary>
    /// <param name="hasher">The hasher real accounts' passwords are checked with, so both cost the same.</param>
    public SignInResult Attempt(string normalizedEmail, string password, IPasswordHasher<AppUser> hasher)
    {
        var now = _clock.GetUtcNow();
        lock (_tries)
        {
            // Identity checks the lockout before the password, so a locked account answers without hashing.
            if (_tries.TryGetValue(normalizedEmail, out var locked) && locked.LockedUntil > now)
            {
                return SignInResult.LockedOut;
            }
        }

        // A hash of a random password nobody knows, made once: the check always fails, after the same work as a real one.
        var dummyHash = LazyInitializer.EnsureInitialized(ref _dummyHash, () => hasher.HashPassword(_nobody, RandomNumberGenerator.GetHexString(32)));
        hasher.VerifyHashedPassword(_nobody, dummyHash, password);

        lock (_tries)
        {
            var tries = _tries.GetValueOrDefault(normalizedEmail) ?? new Tries();
            tries.Failed++;
            tries.LastTry = now;
            if (tries.Failed >= _lockout.MaxFailedAccessAttempts)
            {
                // As Identity does: lock for the lockout time and start counting again from zero.
                tries.Failed = 0;
                tries.LockedUntil = now + _lockout.DefaultLockoutTimeSpan;
            }

            if (!_tries.ContainsKey(normalizedEmail))
            {
                MakeRoom(now);
                _tries[normalizedEmail] = tries;
            }

            return tries.LockedUntil > now ? SignInResult.LockedOut : SignInResult.Failed;
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (_tries.Count < MaxTracked)
        {
            return;
        }

        foreach (var (email, tries) in _tries.Where(t => now - t.Value.LastTry > ForgetAfter && t.Value.LockedUntil <= now).ToList())
        {
            _tries.Remove(email);
        }

        // Still full: the email tried longest ago makes room (never one that is locked, while another can go).
        if (_tries.Count >= MaxTracked)
        {
            var oldest = _tries.OrderBy(t => t.Value.LockedUntil > now).ThenBy(t => t.Value.LastTry).First().Key;
            _tries.Remove(oldest);
        }
    }

    private sealed class Tries
    {
        public int Failed { get; set; }

        public DateTimeOffset LastTry { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
