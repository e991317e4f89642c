using Npgsql;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Tests.Data;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void Without_a_pool_size_each_instance_pools_at_most_twenty_connections()
    {
        var limited = PostgresConnectionString.WithDefaults("Host=db;Database=muscleknotguide_app;Username=muscleknotguide;Password=change-me");

        var builder = new NpgsqlConnectionStringBuilder(limited);
        builder.MaxPoolSize.Should().Be(20);
        builder.Host.Should().Be("db");
        builder.Password.Should().Be("change-me");
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=50")]
    [InlineData("Host=db;maximum pool size=50")]
    [InlineData("Host=db;MaxPoolSize=50")]
    public void A_pool_size_in_the_connection_string_wins(string connectionString)
    {
        new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(connectionString)).MaxPoolSize.Should().Be(50);
    }

    [Fact]
    public void Without_a_reset_setting_connections_go_back_to_the_pool_without_DISCARD_ALL()
    {
        new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults("Host=db")).NoResetOnClose.Should().BeTrue();
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false")]
    [InlineData("Host=db;NoResetOnClose=false")]
    public void A_reset_setting_in_the_connection_string_wins(string connectionString)
    {
        new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(connectionString)).NoResetOnClose.Should().BeFalse();
    }
}
