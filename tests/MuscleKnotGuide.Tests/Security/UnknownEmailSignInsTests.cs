using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>The lockout an email without an account gets: Identity's rules (5 tries, 15 minutes), kept in bounded memory.</summary>
public sealed class UnknownEmailSignInsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly PasswordHasher<AppUser> _hasher = new();
    private readonly UnknownEmailSignIns _signIns;

    public UnknownEmailSignInsTests()
    {
        var identity = new IdentityOptions();
        identity.Lockout.MaxFailedAccessAttempts = 5;
        identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        _signIns = new UnknownEmailSignIns(Options.Create(identity), _clock);
    }

    [Fact]
    public void The_fifth_failed_try_locks_the_email_for_fifteen_minutes_then_counting_starts_again()
    {
        Enumerable.Range(1, 4).Select(_ => Try("NOBODY@EXAMPLE.TEST")).Should().OnlyContain(r => r == SignInResult.Failed);
        Try("NOBODY@EXAMPLE.TEST").Should().Be(SignInResult.LockedOut);
        Try("SOMEONE.ELSE@EXAMPLE.TEST").Should().Be(SignInResult.Failed, "each email counts its own tries");

        _clock.Advance(TimeSpan.FromMinutes(14));
        Try("NOBODY@EXAMPLE.TEST").Should().Be(SignInResult.LockedOut);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Try("NOBODY@EXAMPLE.TEST").Should().Be(SignInResult.Failed, "the lock has ended, and the count started again");
    }

    [Fact]
    public void At_most_ten_thousand_emails_are_remembered_and_a_locked_one_is_kept()
    {
        for (var i = 0; i < 5; i++)
        {
            Try("LOCKED@EXAMPLE.TEST");
        }

        for (var i = 0; i < UnknownEmailSignIns.MaxTracked + 50; i++)
        {
            _signIns.Attempt($"PROBE-{i}@EXAMPLE.TEST", "x", new CheapHasher());
        }

        _signIns.Tracked.Should().Be(UnknownEmailSignIns.MaxTracked);
        Try("LOCKED@EXAMPLE.TEST").Should().Be(SignInResult.LockedOut);
    }

    private SignInResult Try(string normalizedEmail) => _signIns.Attempt(normalizedEmail, "a wrong guess", _hasher);

    /// <summary>Ten thousand real hashes would take minutes; the bound does not depend on the hasher.</summary>
    private sealed class CheapHasher : IPasswordHasher<AppUser>
    {
        public string HashPassword(AppUser user, string password) => password;

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword) =>
            PasswordVerificationResult.Failed;
    }
}
