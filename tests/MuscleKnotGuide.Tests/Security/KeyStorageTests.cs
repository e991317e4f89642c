using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>The keys that sign cookies live in the database, so another instance (or the next start) reads the same cookies.</summary>
public sealed class KeyStorageTests
{
    [Fact]
    public async Task A_second_instance_on_the_same_database_accepts_the_first_ones_session()
    {
        await using var first = new AppFactory();
        var client = first.CreateBrowserClient();
        await client.RegisterAsync();
        var cookie = await CookieHeaderAsync(client);

        await using var second = new AppFactory().With("ConnectionStrings:Default", $"Data Source={first.DatabaseFile}");
        var response = await SendWithCookieAsync(second.CreateBrowserClient(), cookie);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the second instance reads the key from the database");
        (await KeyXmlAsync(first.DatabaseFile)).Should().ContainSingle()
            .Which.Should().Contain("<masterKey", "without a certificate the key is stored as it is");
    }

    [Fact]
    public async Task A_second_instance_with_another_database_does_not_accept_the_session()
    {
        await using var first = new AppFactory();
        var client = first.CreateBrowserClient();
        await client.RegisterAsync();
        var cookie = await CookieHeaderAsync(client);

        await using var other = new AppFactory();
        var response = await SendWithCookieAsync(other.CreateBrowserClient(), cookie);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "a cookie from keys this app never saw is no session");
    }

    [Fact]
    public async Task With_a_certificate_keys_are_stored_encrypted_and_still_shared()
    {
        var folder = Directory.CreateTempSubdirectory("mkg-cert-").FullName;
        try
        {
            var pfx = Path.Combine(folder, "keys.pfx");
            await File.WriteAllBytesAsync(pfx, SelfSignedPfx("key storage test", "pfx password"));

            await using var first = new AppFactory().With("DataProtection:CertificatePath", pfx).With("DataProtection:CertificatePassword", "pfx password");
            var client = first.CreateBrowserClient();
            await client.RegisterAsync();
            var cookie = await CookieHeaderAsync(client);

            await using var second = new AppFactory()
                .With("ConnectionStrings:Default", $"Data Source={first.DatabaseFile}")
                .With("DataProtection:CertificatePath", pfx).With("DataProtection:CertificatePassword", "pfx password");
            var response = await SendWithCookieAsync(second.CreateBrowserClient(), cookie);

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var xml = (await KeyXmlAsync(first.DatabaseFile)).Should().ContainSingle().Subject;
            xml.Should().Contain("EncryptedXml").And.NotContain("<masterKey");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_certificate_file_that_cannot_be_read_stops_the_app_naming_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"mkg-missing-{Guid.NewGuid():N}.pfx");
        using var app = new AppFactory().With("DataProtection:CertificatePath", missing);

        var act = () => app.CreateClient();

        act.Should().Throw<Exception>().Where(e => e.ToString().Contains("DataProtection:CertificatePath", StringComparison.Ordinal));
    }

    internal static byte[] SelfSignedPfx(string name, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, password);
    }

    private static async Task<string> CookieHeaderAsync(HttpClient signedIn)
    {
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/account");
        (await signedIn.SendAsync(probe)).StatusCode.Should().Be(HttpStatusCode.OK);
        return string.Join("; ", probe.Headers.GetValues("Cookie"));
    }

    private static async Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static async Task<List<string>> KeyXmlAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Xml FROM DataProtectionKeys";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
