namespace MuscleKnotGuide.Web.Insights;

/// <summary>What went with one method over the range. Averages are null when there was nothing to average.</summary>
public sealed record MethodInsight(
    MethodName Method,
    int DaysTried,
    decimal? AverageRelief,
    int ReliefTries,
    decimal? HelpedShare,
    int RatedTries,
    decimal? NextDayPainAfterTried,
    decimal? NextDayPainAfterNotTried,
    bool HasEnoughData,
    int NextDayDaysTried = 0,
    int NextDayDaysNotTried = 0)
{
    /// <summary>Both sides of the next-day comparison have enough days to compare like with like.</summary>
    public bool HasNextDayComparison =>
        NextDayDaysTried >= WhatHelped.MinimumDaysPerSide && NextDayDaysNotTried >= WhatHelped.MinimumDaysPerSide;

    /// <summary>
    /// How much lower pain was on the day after trying it than on the day after not trying it (positive is better);
    /// null unless each side has at least <see cref="WhatHelped.MinimumDaysPerSide"/> days.
    /// </summary>
    public decimal? NextDayDifference => HasNextDayComparison && NextDayPainAfterTried is { } tried && NextDayPainAfterNotTried is { } notTried ? notTried - tried : null;

    /// <summary>The person's own verdict: the same marks the plan suggestions use.</summary>
    public OwnEvidence OwnEvidence =>
        AverageRelief >= WhatHelped.HelpedRelief || HelpedShare >= WhatHelped.HelpedShareMark ? OwnEvidence.Helped
        : AverageRelief is null && HelpedShare is null ? OwnEvidence.NotRecorded
        : OwnEvidence.DidNotHelp;

    /// <summary>
    /// The next-day comparison points the other way from the person's own record by at least
    /// <see cref="WhatHelped.StrongDisagreement"/> points: the page shows both and says why the rank follows their record.
    /// </summary>
    public bool NextDayDisagrees => HasEnoughData && NextDayDifference is { } difference && OwnEvidence switch
    {
        OwnEvidence.Helped => difference <= -WhatHelped.StrongDisagreement,
        OwnEvidence.DidNotHelp => difference >= WhatHelped.StrongDisagreement,
        _ => false,
    };
}
