namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// The 10,000 most common passwords (CommonPasswords.txt, from SecLists: README, "Security and privacy"), compared
/// without regard to case: "Password1" is guessed as early as "password1". Loaded once, on first use.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("MuscleKnotGuide.Web.Security.CommonPasswords.txt")
            ?? throw new InvalidOperationException("CommonPasswords.txt is not embedded in the app.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            // The file's header lines start with "#"; no password in the list does.
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
