using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// The data-protection keys that sign the session and antiforgery cookies live in the app's own database, under a
/// fixed application name: a restart, a redeploy to another folder, or a second instance on the same database
/// keeps everyone signed in. With <c>DataProtection:CertificatePath</c> (a .pfx, and its
/// <c>DataProtection:CertificatePassword</c>) each key is encrypted with that certificate before it is stored;
/// without it a key is stored as plain XML, readable by whoever can read the database (README "Deploy").
/// </summary>
public static class KeyStorage
{
    public const string ApplicationName = "MuscleKnotGuide";

    public static IServiceCollection AddKeyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DiaryDbContext>();

        // The framework loads the key ring as the app starts, while the database is still being migrated in the
        // background (Performance/DatabaseWarmUp): on a new database that read fails with "no such table". Every
        // request that uses a key (sign-in, forms) waits for the database first, so the first of them loads it.
        var earlyLoad = services.Where(s => s.ServiceType == typeof(IHostedService)
            && s.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList();
        foreach (var descriptor in earlyLoad)
        {
            services.Remove(descriptor);
        }

        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } path)
        {
            keys.ProtectKeysWithCertificate(LoadCertificate(path, configuration["DataProtection:CertificatePassword"]));
        }

        return services;
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"DataProtection:CertificatePath '{path}' has no private key: keys encrypted with it could never be read back.");
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath '{path}' cannot be read as a .pfx with the DataProtection:CertificatePassword given: {ex.Message}", ex);
        }
    }
}
