namespace MuscleKnotGuide.Web.Guides;

/// <summary>The content folder cannot be served as it is; the message names the file and the problem.</summary>
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
