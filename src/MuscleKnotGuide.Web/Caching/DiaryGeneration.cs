using System.Collections.Concurrent;

namespace MuscleKnotGuide.Web.Caching;

/// <summary>
/// How many committed changes to each person's diary this process has seen (<see cref="DiaryChangeEviction"/>), part
/// of a personal page's cache key (<see cref="PersonalPageCache"/>). A page rendered from what was read before a
/// commit is stored under the number of that moment, which no request asks for once the commit has counted: evicting
/// alone cannot stop a render that read the old diary before the commit and stores its page after the eviction.
/// With several instances sharing Redis each counts only its own commits: another instance's save reaches this one
/// by evicting the shared entries, as before, so there a page rendered before that save and stored after its eviction
/// can still be served until it expires (README, "Several instances").
/// </summary>
public sealed class DiaryGeneration
{
    // One small entry per person who has saved since start-up, kept as long as the process, as the in-memory cache is.
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long Of(string userId) => _counts.TryGetValue(userId, out var count) ? count : 0;

    public void Advance(string userId) => _counts.AddOrUpdate(userId, 1, (_, count) => count + 1);
}
