namespace MuscleKnotGuide.Web.Guides;

/// <summary>A complete, validated set of guides: exactly five methods in order, the overview and when to seek care.</summary>
public sealed class GuideLibrary
{
    public const string OverviewSlug = "overview";
    public const string SeekCareSlug = "when-to-seek-care";
    public const int MethodCount = 5;

    private readonly Dictionary<string, TreatmentGuide> _bySlug;

    private GuideLibrary(IReadOnlyList<TreatmentGuide> guides)
    {
        _bySlug = guides.ToDictionary(g => g.Slug, StringComparer.Ordinal);
        Methods = guides.Where(g => g.IsMethod).OrderBy(g => g.Order).ToArray();
        WarningSymptoms = guides.SelectMany(g => g.WarningSymptoms).ToArray();
    }

    /// <summary>The five methods, in their order.</summary>
    public IReadOnlyList<TreatmentGuide> Methods { get; }

    /// <summary>The red-flag symptoms, emergency tier first, as when-to-seek-care.md lists them.</summary>
    public IReadOnlyList<WarningSymptom> WarningSymptoms { get; }

    public TreatmentGuide Overview => _bySlug[OverviewSlug];

    public TreatmentGuide SeekCare => _bySlug[SeekCareSlug];

    public TreatmentGuide? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public TreatmentGuide? FindMethod(string slug) => Find(slug) is { IsMethod: true } method ? method : null;

    public WarningSymptom? FindSymptom(string code) => WarningSymptoms.FirstOrDefault(s => s.Code == code);

    public TreatmentGuide? PreviousMethod(TreatmentGuide guide) => Neighbour(guide, -1);

    public TreatmentGuide? NextMethod(TreatmentGuide guide) => Neighbour(guide, +1);

    private TreatmentGuide? Neighbour(TreatmentGuide guide, int step)
    {
        if (!guide.IsMethod)
        {
            return null;
        }

        var index = Methods.ToList().FindIndex(m => m.Slug == guide.Slug) + step;
        return index >= 0 && index < Methods.Count ? Methods[index] : null;
    }

    /// <summary>Checks the whole set; a problem throws with the file and what is wrong, so the site is never half-loaded.</summary>
    public static GuideLibrary Create(IReadOnlyList<TreatmentGuide> guides)
    {
        foreach (var group in guides.GroupBy(g => g.Slug).Where(g => g.Count() > 1))
        {
            var files = group.Select(g => g.SourceFile).Order(StringComparer.Ordinal).ToArray();
            throw new GuideContentException($"{files[1]} uses the slug '{group.Key}', which {files[0]} already uses.");
        }

        var methods = guides.Where(g => g.IsMethod).ToArray();
        foreach (var group in methods.GroupBy(g => g.Order).Where(g => g.Count() > 1))
        {
            var files = group.Select(g => g.SourceFile).Order(StringComparer.Ordinal).ToArray();
            throw new GuideContentException($"{files[1]} uses order {group.Key}, which {files[0]} already uses.");
        }

        if (methods.Length != MethodCount)
        {
            var found = methods.Length == 0 ? "none" : string.Join(", ", methods.Select(m => m.SourceFile).Order(StringComparer.Ordinal));
            throw new GuideContentException($"The content folder must hold exactly {MethodCount} methods (order 1 to {MethodCount}); found {methods.Length}: {found}.");
        }

        foreach (var slug in new[] { OverviewSlug, SeekCareSlug })
        {
            if (!guides.Any(g => g.Slug == slug && !g.IsMethod))
            {
                throw new GuideContentException($"The content folder has no page with slug '{slug}' (kind: page).");
            }
        }

        var symptomSources = guides.Where(g => g.WarningSymptoms.Count > 0).ToArray();
        if (symptomSources.Length != 1 || symptomSources[0].Slug != SeekCareSlug)
        {
            throw new GuideContentException($"The warning symptoms must be listed once, in the front matter of the '{SeekCareSlug}' page.");
        }

        return new GuideLibrary(guides);
    }

    /// <summary>Reads every *.md file of a folder and validates the set.</summary>
    public static GuideLibrary Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new GuideContentException($"The content folder '{folder}' was not found. Set Content:Path to the folder that holds the guides.");
        }

        var images = GuideImages.In(folder);
        var guides = Directory.EnumerateFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => GuideParser.Parse(Path.GetFileName(path), ReadText(path), images))
            .ToArray();
        return Create(guides);
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new GuideContentException($"{Path.GetFileName(path)} could not be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new GuideContentException($"{Path.GetFileName(path)} could not be read: {ex.Message}", ex);
        }
    }
}
