namespace MuscleKnotGuide.Web;

/// <summary>A setting the app cannot start with; the message names the setting and what it should be.</summary>
public sealed class StartupSettingException : Exception
{
    public StartupSettingException(string message) : base(message)
    {
    }

    public StartupSettingException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StartupSettingException()
    {
    }
}
