using System.Net;
using Microsoft.Extensions.Configuration;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Tests.Security;

public sealed class TrustedProxiesTests
{
    private static TrustedProxies From(params (string Key, string Value)[] settings) =>
        TrustedProxies.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("192.168.1.1", false)]
    public void Without_settings_only_loopback_is_trusted(string address, bool trusted) =>
        From().Contains(IPAddress.Parse(address)).Should().Be(trusted);

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("::ffff:10.0.0.5", true)]
    [InlineData("10.0.0.6", false)]
    [InlineData("192.168.200.9", true)]
    [InlineData("192.169.0.1", false)]
    [InlineData("127.0.0.1", false)]
    public void Configured_proxies_and_networks_replace_the_loopback_default(string address, bool trusted) =>
        From(("Proxy:KnownProxies", "10.0.0.5"), ("Proxy:KnownNetworks", "192.168.0.0/16; fd00::/8"))
            .Contains(IPAddress.Parse(address)).Should().Be(trusted);

    [Fact]
    public void A_mistyped_proxy_stops_the_app_naming_the_setting()
    {
        var act = () => From(("Proxy:KnownNetworks", "10.0.0.0/33"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*Proxy:KnownNetworks*10.0.0.0/33*");
    }

    [Fact]
    public void Nobody_is_trusted_without_an_address() => From().Contains(null).Should().BeFalse();
}
