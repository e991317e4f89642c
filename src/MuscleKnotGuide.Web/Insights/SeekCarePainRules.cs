using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Text;
using static MuscleKnotGuide.Web.Insights.SeekCareRules;

namespace MuscleKnotGuide.Web.Insights;

/// <summary>
/// The seek-care rules that read pain ratings: very severe pain today, severe pain, pain that persists or stays at a
/// ceiling for weeks, and pain that gets worse. <see cref="SeekCareRules"/> holds the thresholds and runs every rule.
/// </summary>
internal static class SeekCarePainRules
{
    internal static void AddGetHelpTodayAdvice(List<SeekCareAdvice> advice, DayEntry[] days, DateOnly today)
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

    internal static void AddSeverePainAdvice(List<SeekCareAdvice> advice, DayEntry[] window)
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

    internal static bool AddPersistentPainAdvice(List<SeekCareAdvice> advice, DayEntry[] window)
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

        return $"Your average pain over your last 7 check-ins is {NumberText.Average((decimal)lastSum / Stretch)} out of 10, "
            + $"against {NumberText.Average((decimal)firstSum / Stretch)} over your first 7 check-ins of the last 4 weeks "
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

    internal static void AddCeilingAdvice(List<SeekCareAdvice> advice, DayEntry[] sixWeeks)
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
            [$"Your average pain over the last 6 weeks is {NumberText.Average((decimal)sum / sixWeeks.Length)} out of 10 ({sixWeeks.Length} check-ins)."]));
    }

    internal static void AddWorseningAdvice(List<SeekCareAdvice> advice, DayEntry[] window, DayEntry[] recent)
    {
        var reasons = new List<string>();
        if (window.Length >= MinimumCheckIns)
        {
            // A rise that stays below moderate (average under 4) is not flagged.
            var lastSum = window[^Stretch..].Sum(d => d.Pain);
            var beforeSum = window[^(2 * Stretch)..^Stretch].Sum(d => d.Pain);
            if (lastSum - beforeSum >= MeaningfulPoints * Stretch && lastSum >= PersistentAverageFrom * Stretch)
            {
                reasons.Add($"Your average pain over your last 7 check-ins is {NumberText.Average((decimal)lastSum / Stretch)} out of 10, up from {NumberText.Average((decimal)beforeSum / Stretch)} over the 7 before.");
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
}
