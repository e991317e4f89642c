using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Tests.Security;

public sealed class SignInSessionCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static readonly byte[] Ticket = [1, 2, 3];

    private static SignInSessionCache Cache(string? provider = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider }).Build());

    [Fact]
    public void A_kept_session_is_found_until_its_last_seen_is_due_again()
    {
        using var cache = Cache();
        cache.Keep("key", Ticket, Now.AddMinutes(1), Now, cache.Generation);

        cache.Find("key", Now.AddSeconds(59)).Should().Equal(Ticket);
        cache.Find("key", Now.AddMinutes(1)).Should().BeNull();
        cache.Find("other", Now).Should().BeNull();
    }

    [Theory]
    [InlineData("DELETE FROM \"SignInSessions\" AS \"s\" WHERE \"s\".\"UserId\" = @userId")]
    [InlineData("DELETE FROM \"AspNetUsers\" WHERE \"Id\" = @p0")]
    public void Any_statement_that_deletes_sessions_or_accounts_empties_the_cache(string sql)
    {
        using var cache = Cache();
        cache.Keep("key", Ticket, Now.AddMinutes(1), Now, cache.Generation);
        using var command = new SqliteCommand(sql);

        cache.NonQueryExecuted(command, null!, 1);

        cache.Find("key", Now).Should().BeNull();
    }

    [Fact]
    public void A_row_read_before_sessions_ended_is_not_kept_after()
    {
        using var cache = Cache();
        var before = cache.Generation;
        using var command = new SqliteCommand("DELETE FROM \"SignInSessions\" WHERE \"Key\" = @p0");
        cache.NonQueryExecuted(command, null!, 1);

        cache.Keep("key", Ticket, Now.AddMinutes(1), Now, before);

        cache.Find("key", Now).Should().BeNull();
    }

    [Fact]
    public void On_postgresql_nothing_is_kept_because_another_instance_may_end_the_session()
    {
        using var cache = Cache("PostgreSQL");
        cache.Keep("key", Ticket, Now.AddMinutes(1), Now, cache.Generation);

        cache.Find("key", Now).Should().BeNull();
    }
}
