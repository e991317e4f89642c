namespace MuscleKnotGuide.Web.Insights;

/// <summary>How soon to get help, most urgent first.</summary>
public enum SeekCareLevel
{
    Emergency,
    Urgent,
    SeeDoctor,
    SeeDoctorIfContinues,
}

/// <summary>One piece of when-to-seek-care advice, with the reasons (in the person's words) that raised it.</summary>
public sealed record SeekCareAdvice(SeekCareLevel Level, string Heading, string Message, IReadOnlyList<string> Reasons);
