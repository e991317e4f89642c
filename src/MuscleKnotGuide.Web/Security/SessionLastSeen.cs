namespace MuscleKnotGuide.Web.Security;

/// <summary>"Last seen" in words, deliberately approximate: the time is only stored to the minute or so.</summary>
public static class SessionLastSeen
{
    public static string Describe(DateTime lastSeenUtc, DateTimeOffset now)
    {
        var ago = now.UtcDateTime - lastSeenUtc;
        return ago switch
        {
            _ when ago < TimeSpan.FromMinutes(10) => "in the last few minutes",
            _ when ago < TimeSpan.FromHours(1) => "within the last hour",
            _ when ago < TimeSpan.FromHours(2) => "about an hour ago",
            _ when ago < TimeSpan.FromDays(1) => $"about {(int)ago.TotalHours} hours ago",
            _ when ago < TimeSpan.FromDays(2) => "yesterday",
            _ => $"{(int)ago.TotalDays} days ago",
        };
    }
}
