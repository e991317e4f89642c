using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

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
        AddSymptomAdvice(advice, recent, symptoms, WarningTier.Emergency);
        AddUrgentSymptomAdvice(advice, recent, lastCheckIns, symptoms);
        AddGetHelpTodayAdvice(advice, upToToday, today);

        var painFrom = today.AddDays(-(PainWindowDays - 1));
        var window = upToToday.Where(d => d.Day >= painFrom).ToArray();
        AddSeverePainAdvice(advice, window);
        var persistent = AddPersistentPainAdvice(advice, window);
        if (!persistent)
        {
            var ceilingFrom = today.AddDays(-(CeilingWindowDays - 1));
            AddCeilingAdvice(advice, upToToday.Where(d => d.Day >= ceilingFrom).ToArray());
        }

        AddWorseningAdvice(advice, window, recent);
        AddDailyLifeAdvice(advice, lastCheckIns);

        return advice.OrderBy(a => a.Level).ToArray();
    }

    private static void AddSymptomAdvice(List<SeekCareAdvice> advice, DayEntry[] recent, IReadOnlyList<WarningSymptom> symptoms, WarningTier tier)
    {
        var reasons = SymptomReasons(recent, symptoms, tier);
        if (reasons.Length == 0)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.Emergency,
            EmergencyHeading,
            "Back pain together with this symptom can be a sign of a serious problem that needs treatment quickly. Do not wait to see if it goes away.",
            reasons));
    }

    /// <summary>One reason per symptom, in the order when-to-seek-care.md lists them, naming every day it was ticked.</summary>
    private static string[] SymptomReasons(DayEntry[] recent, IReadOnlyList<WarningSymptom> symptoms, WarningTier tier) =>
        symptoms
            .Where(s => s.Tier == tier)
            .Select(s => (Symptom: s, Days: recent.Where(d => d.SymptomCodes.Contains(s.Code, StringComparer.Ordinal)).Select(d => d.Day).ToArray()))
            .Where(x => x.Days.Length > 0)
            .Select(x => $"You recorded “{x.Symptom.Label}” on {string.Join(" and ", x.Days.Select(DayText.Full))}.")
            .ToArray();

    private static void AddUrgentSymptomAdvice(List<SeekCareAdvice> advice, DayEntry[] recent, DayEntry[] lastCheckIns, IReadOnlyList<WarningSymptom> symptoms)
    {
        // An urgent sign (night pain is one) on 3 of the last 7 check-ins escalates: it keeps coming back, so "today",
        // not "today or tomorrow", even when some of those check-ins are older than the 7-day symptom window.
        var repeated = symptoms
            .Where(s => s.Tier == WarningTier.Urgent)
            .Select(s => (Symptom: s, Count: lastCheckIns.Count(d => d.SymptomCodes.Contains(s.Code, StringComparer.Ordinal))))
            .Where(x => x.Count >= OftenCount)
            .Select(x => $"You recorded “{x.Symptom.Label}” on {x.Count} of your last {lastCheckIns.Length} check-ins.")
            .ToArray();
        var reasons = repeated.Concat(SymptomReasons(recent, symptoms, WarningTier.Urgent)).ToArray();
        if (reasons.Length == 0)
        {
            return;
        }

        advice.Add(repeated.Length > 0
            ? new SeekCareAdvice(
                SeekCareLevel.Urgent,
                RepeatedUrgentHeading,
                "A warning symptom that keeps coming back needs a doctor to check it today. If you cannot reach your own doctor today, use an urgent care or out-of-hours service.",
                reasons)
            : new SeekCareAdvice(
                SeekCareLevel.Urgent,
                UrgentHeading,
                "Back pain together with this symptom needs a doctor to check it, the same day or the next day at the latest. If you cannot reach your own doctor, use an urgent care or out-of-hours service.",
                reasons));
    }

    private static void AddGetHelpTodayAdvice(List<SeekCareAdvice> advice, DayEntry[] days, DateOnly today)
    {
        var yesterday = today.AddDays(-1);
        var veryBad = days.Where(d => d.Day >= yesterday && d.WorstPain >= GetHelpTodayFrom).ToArray();
        if (veryBad.Length == 0)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.GetHelpToday,
            GetHelpTodayHeading,
            "Pain this bad needs help today: ask for a same-day appointment with a doctor, or call an urgent-advice line.",
            veryBad.Select(d => $"You rated your pain {d.WorstPain} out of 10 on {DayText.Full(d.Day)}.").ToArray()));
    }

    private static void AddSeverePainAdvice(List<SeekCareAdvice> advice, DayEntry[] window)
    {
        if (window.Length == 0)
        {
            return;
        }

        var lastThree = window[^Math.Min(3, window.Length)..];
        var severe = lastThree.Where(d => PainBands.IsSevere(d.WorstPain)).ToArray();
        if (severe.Length >= 2)
        {
            advice.Add(new SeekCareAdvice(
                SeekCareLevel.SeeDoctor,
                SeverePainHeading,
                "Severe pain on more than one recent day is a reason to have your back checked by a doctor.",
                [$"Your pain was severe (7 or more out of 10) on {severe.Length} of your last {lastThree.Length} check-ins: {string.Join("; ", severe.Select(d => $"{d.WorstPain} on {DayText.Full(d.Day)}"))}."]));
            return;
        }

        var latest = window[^1];
        if (PainBands.IsSevere(latest.WorstPain))
        {
            advice.Add(new SeekCareAdvice(
                SeekCareLevel.SeeDoctorIfContinues,
                SeverePainIfContinuesHeading,
                "If your pain does not ease within a few days of self-care, see a doctor.",
                [$"Your latest check-in, on {DayText.Full(latest.Day)}, rated your pain {latest.WorstPain} out of 10 (severe)."]));
        }
    }

    /// <summary>Whether a fall from <paramref name="from"/> to <paramref name="to"/> (sums or single ratings) is meaningful.</summary>
    private static bool Improved(int from, int to, int points) =>
        from - to >= points || (from - to) * 100 >= MeaningfulPercent * from;

    private static bool AddPersistentPainAdvice(List<SeekCareAdvice> advice, DayEntry[] window)
    {
        var reason = window.Length >= MinimumCheckIns ? DailyPersistentReason(window) : SparsePersistentReason(window);
        if (reason is null)
        {
            return false;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.SeeDoctor,
            PersistentPainHeading,
            "Pain that has not improved within a few weeks of self-care is a reason to see a doctor.",
            [reason]));
        return true;
    }

    private static string? DailyPersistentReason(DayEntry[] window)
    {
        // Sums of 7 ratings instead of averages: "2 points" and "30%" stay exact (2 points = 14 over 7 days).
        var firstSum = window[..Stretch].Sum(d => d.Pain);
        var lastSum = window[^Stretch..].Sum(d => d.Pain);
        var stillModerate = lastSum >= PersistentAverageFrom * Stretch;
        if (!stillModerate || Improved(firstSum, lastSum, MeaningfulPoints * Stretch))
        {
            return null;
        }

        return $"Your average pain over your last 7 check-ins is {InsightsFormat.Average((decimal)lastSum / Stretch)} out of 10, "
            + $"against {InsightsFormat.Average((decimal)firstSum / Stretch)} over your first 7 check-ins of the last 4 weeks "
            + $"({window.Length} check-ins in all): it has not fallen by 2 points or 30%.";
    }

    private static string? SparsePersistentReason(DayEntry[] window)
    {
        // For people who log rarely the time span counts, not the number of check-ins: every one at 4 or more, and the
        // latest not 2 points or 30% below the first.
        if (window.Length < SparseMinimumCheckIns)
        {
            return null;
        }

        var first = window[0];
        var last = window[^1];
        var spanDays = last.Day.DayNumber - first.Day.DayNumber;
        if (spanDays < SparseMinimumSpanDays || window.Any(d => d.Pain < PersistentAverageFrom) || Improved(first.Pain, last.Pain, MeaningfulPoints))
        {
            return null;
        }

        return $"All your {window.Length} check-ins from {DayText.Full(first.Day)} to {DayText.Full(last.Day)} ({spanDays} days) rated your pain 4 or more, "
            + $"and it has not fallen by 2 points or 30% ({first.Pain} then, {last.Pain} now).";
    }

    private static void AddCeilingAdvice(List<SeekCareAdvice> advice, DayEntry[] sixWeeks)
    {
        // A ceiling a moving window cannot hide: pain that is improving but has stayed moderate on average for 6 weeks.
        if (sixWeeks.Length < CeilingMinimumCheckIns)
        {
            return;
        }

        var sum = sixWeeks.Sum(d => d.Pain);
        if (sum < PersistentAverageFrom * sixWeeks.Length)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.SeeDoctor,
            CeilingHeading,
            "Even if it is getting a little better, pain that has stayed moderate or worse for weeks is a reason to see a doctor.",
            [$"Your average pain over the last 6 weeks is {InsightsFormat.Average((decimal)sum / sixWeeks.Length)} out of 10 ({sixWeeks.Length} check-ins)."]));
    }

    private static void AddWorseningAdvice(List<SeekCareAdvice> advice, DayEntry[] window, DayEntry[] recent)
    {
        var reasons = new List<string>();
        if (window.Length >= MinimumCheckIns)
        {
            // A rise that stays below moderate (average under 4) is not flagged.
            var lastSum = window[^Stretch..].Sum(d => d.Pain);
            var beforeSum = window[^(2 * Stretch)..^Stretch].Sum(d => d.Pain);
            if (lastSum - beforeSum >= MeaningfulPoints * Stretch && lastSum >= PersistentAverageFrom * Stretch)
            {
                reasons.Add($"Your average pain over your last 7 check-ins is {InsightsFormat.Average((decimal)lastSum / Stretch)} out of 10, up from {InsightsFormat.Average((decimal)beforeSum / Stretch)} over the 7 before.");
            }
        }

        // A sudden jump: a check-in of the last 7 days at 7 or more, 3 points or more above one of the 3 days before it.
        foreach (var later in recent.Where(d => PainBands.IsSevere(d.WorstPain)))
        {
            var earlier = window
                .Where(d => d.Day < later.Day && d.Day >= later.Day.AddDays(-JumpWithinDays) && later.WorstPain - d.WorstPain >= JumpPoints)
                .MinBy(d => d.WorstPain);
            if (earlier is not null)
            {
                reasons.Add($"Your pain jumped from {earlier.WorstPain} on {DayText.Full(earlier.Day)} to {later.WorstPain} on {DayText.Full(later.Day)}.");
                break;
            }
        }

        if (reasons.Count == 0)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.SeeDoctor,
            WorseningHeading,
            "Pain that gets clearly worse, by 2 points or more, or suddenly, is a reason to see a doctor.",
            reasons));
    }

    private static void AddDailyLifeAdvice(List<SeekCareAdvice> advice, DayEntry[] lastCheckIns)
    {
        var sleep = lastCheckIns.Count(d => d.StoppedSleeping == true);
        var activities = lastCheckIns.Count(d => d.StoppedActivities == true);
        var reasons = new List<string>();
        if (sleep >= OftenCount)
        {
            reasons.Add($"Pain stopped you sleeping on {sleep} of your last {lastCheckIns.Length} check-ins.");
        }

        if (activities >= OftenCount)
        {
            reasons.Add($"Pain stopped your usual activities on {activities} of your last {lastCheckIns.Length} check-ins.");
        }

        if (reasons.Count == 0)
        {
            return;
        }

        advice.Add(new SeekCareAdvice(
            SeekCareLevel.SeeDoctor,
            DailyLifeHeading,
            "Pain that keeps stopping you sleeping or doing your usual activities is a reason to see a doctor.",
            reasons));
    }
}
