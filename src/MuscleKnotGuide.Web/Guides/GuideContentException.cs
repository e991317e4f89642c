namespace MuscleKnotGuide.Web.Guides;

/// <summary>The guides cannot be served as they are (their files or their settings); the message names the file or setting and the problem.</summary>
public sealed class GuideContentException : Exception
{
    public GuideContentException(string message) : base(message)
    {
    }

    public GuideContentException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public GuideContentException()
    {
    }
}
