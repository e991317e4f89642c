using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The one set of rules that says when to get help, following public back-pain guidance: warning symptoms; pain that
/// is severe (NRS 7-10), persists, or gets worse; no improvement within a few weeks of self-care; pain that stops
/// sleep or usual activities; a change of 2 points or 30% counts as meaningful. README "Seek-care rules" documents
/// each rule exactly as written here.
/// </summary>
public static class SeekCareRules
{
    /// <summary>A warning symptom counts on a check-in of today or the 6 days before.</summary>
    public const int SymptomWindowDays = 7;

    /// <summary>The pain rules look at check-ins of today and the 27 days before: "a few weeks".</summary>
    public const int PainWindowDays = 28;

    /// <summary>The ceiling rule looks at check-ins of today and the 41 days before: 6 weeks.</summary>
    public const int CeilingWindowDays = 42;

    /// <summary>The longest window any rule reads: what a caller must load.</summary>
    public const int LookbackDays = CeilingWindowDays;

    /// <summary>The persistent and worsening rules need this many check-ins in the pain window.</summary>
    public const int MinimumCheckIns = 14;

    /// <summary>Each compared stretch is this many logged days.</summary>
    public const int Stretch = 7;

    /// <summary>An average of 4 or more is moderate pain or worse.</summary>
    public const int PersistentAverageFrom = PainBands.ModerateFrom;

    /// <summary>A fall of 2 points or 30% is a meaningful improvement; a rise of 2 points a meaningful worsening.</summary>
    public const int MeaningfulPoints = 2;

    public const int MeaningfulPercent = 30;

    /// <summary>A check-in at 9 or 10 today or yesterday is a reason to get help today.</summary>
    public const int GetHelpTodayFrom = 9;

    /// <summary>People who log rarely: at least 4 check-ins whose first and last are 21 days or more apart.</summary>
    public const int SparseMinimumCheckIns = 4;

    public const int SparseMinimumSpanDays = 21;

    /// <summary>The ceiling rule needs at least 6 check-ins in its 6 weeks.</summary>
    public const int CeilingMinimumCheckIns = 6;

    /// <summary>A jump of 3 points or more within 3 days that ends at 7 or more.</summary>
    public const int JumpPoints = 3;

    public const int JumpWithinDays = 3;

    /// <summary>"How often" rules count the last 7 check-ins, whenever they were, and flag 3 of them.</summary>
    public const int RecentCheckIns = 7;

    public const int OftenCount = 3;

    public const string EmergencyHeading = "Call emergency services or go to an emergency department now";
    public const string UrgentHeading = "See a doctor urgently, today or tomorrow";
    public const string RepeatedUrgentHeading = "This keeps happening: see a doctor urgently, today";
    public const string GetHelpTodayHeading = "Get help today: your pain is very severe";
    public const string SeverePainHeading = "See a doctor about your pain";
    public const string SeverePainIfContinuesHeading = "See a doctor if severe pain does not ease";
    public const string PersistentPainHeading = "Self-care has not helped enough: see a doctor";
    public const string CeilingHeading = "Your pain has stayed moderate or worse for weeks: see a doctor";
    public const string WorseningHeading = "Your pain is getting worse: see a doctor";
    public const string DailyLifeHeading = "Pain is stopping your sleep or daily life: see a doctor";

    /// <summary>Advice from the check-ins up to <paramref name="today"/>, most serious first; empty when no rule applies.</summary>
    public static IReadOnlyList<SeekCareAdvice> Evaluate(IReadOnlyList<DayEntry> days, IReadOnlyList<WarningSymptom> symptoms, DateOnly today)
    {
        var advice = new List<SeekCareAdvice>();
        var upToToday = days.Where(d => d.Day <= today).OrderBy(d => d.Day).ToArray();
        var symptomFrom = today.AddDays(-(SymptomWindowDays - 1));
        var recent = upToToday.Where(d => d.Day >= symptomFrom).ToArray();
        var lastCheckIns = upToToday[^Math.Min(RecentCheckIns, upToToday.Length)..];
        SeekCareSymptomRules.AddSymptomAdvice(advice, recent, symptoms, WarningTier.Emergency);
        SeekCareSymptomRules.AddUrgentSymptomAdvice(advice, recent, lastCheckIns, symptoms);
        SeekCarePainRules.AddGetHelpTodayAdvice(advice, upToToday, today);

        var painFrom = today.AddDays(-(PainWindowDays - 1));
        var window = upToToday.Where(d => d.Day >= painFrom).ToArray();
        SeekCarePainRules.AddSeverePainAdvice(advice, window);
        var persistent = SeekCarePainRules.AddPersistentPainAdvice(advice, window);
        if (!persistent)
        {
            var ceilingFrom = today.AddDays(-(CeilingWindowDays - 1));
            SeekCarePainRules.AddCeilingAdvice(advice, upToToday.Where(d => d.Day >= ceilingFrom).ToArray());
        }

        SeekCarePainRules.AddWorseningAdvice(advice, window, recent);
        SeekCareSymptomRules.AddDailyLifeAdvice(advice, lastCheckIns);

        return advice.OrderBy(a => a.Level).ToArray();
    }
}
