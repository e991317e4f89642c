using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Deploy;

public sealed class DeployReadmeTests
{
    [Fact]
    public void The_readmes_nginx_site_is_the_one_the_tests_run()
    {
        var readme = File.ReadAllText(Path.Combine(AppProcess.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```nginx\n", StringComparison.Ordinal);
        start.Should().BePositive("the Deploy section shows the nginx site");
        start += "```nginx\n".Length;
        var block = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)];

        var expected = NginxServer.RenderSite(
            ["127.0.0.1:5000"], "80", "443", "muscleknotguide.example", "",
            "/etc/ssl/muscleknotguide/fullchain.pem", "/etc/ssl/muscleknotguide/privkey.pem");

        block.Should().Be(expected.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_readmes_settings_table_names_every_deployment_key()
    {
        var readme = File.ReadAllText(Path.Combine(AppProcess.RepoRoot, "README.md"));
        var deploy = readme[readme.IndexOf("## Deploy", StringComparison.Ordinal)..];

        foreach (var key in new[]
        {
            "ConnectionStrings:Default", "Proxy:KnownProxies", "Proxy:KnownNetworks", "AllowedHosts", "Security:RequireHttps",
            "https_port", "DataProtection:CertificatePath", "DataProtection:CertificatePassword",
            "Database:Provider", "ConnectionStrings:Redis", "Security:SessionCheckInterval",
        })
        {
            deploy.Should().Contain($"| `{key}` |");
        }
    }
}
