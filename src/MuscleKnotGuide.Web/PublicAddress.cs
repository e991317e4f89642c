namespace MuscleKnotGuide.Web;

/// <summary>
/// Where people reach the app (App:PublicUrl), for links that leave it, such as a calendar reminder's link to the
/// check-in form. Unset means no such links: the app cannot know its own address behind a proxy.
/// </summary>
public sealed record PublicAddress(Uri? Url)
{
    public const string SettingKey = "App:PublicUrl";

    public static PublicAddress FromSetting(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new PublicAddress((Uri?)null);
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment) && string.IsNullOrEmpty(url.UserInfo)
            ? new PublicAddress(url)
            : throw new StartupSettingException($"{SettingKey} is '{value.Trim()}'; use the app's absolute http(s) address, such as https://knots.example.org");
    }

    /// <summary>The absolute address of a path in the app, or null when the public address is not set.</summary>
    public Uri? Of(string path) => Url is null ? null : new Uri(Url.AbsoluteUri.TrimEnd('/') + path);
}
