namespace MuscleKnotGuide.Web.Insights;

/// <summary>How soon to get help, most serious first (the order advice is listed in).</summary>
public enum SeekCareLevel
{
    /// <summary>Call emergency services or go to an emergency department now.</summary>
    Emergency,

    /// <summary>See a doctor urgently, the same or the next day.</summary>
    Urgent,

    /// <summary>Get help today: a same-day doctor's appointment or an urgent-advice line.</summary>
    GetHelpToday,

    /// <summary>See a doctor (book an appointment).</summary>
    SeeDoctor,

    /// <summary>See a doctor if this carries on.</summary>
    SeeDoctorIfContinues,
}
