using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MuscleKnotGuide.Web.Guides;

/// <summary>Turns one Markdown file with YAML front matter into a <see cref="TreatmentGuide"/>; the one Markdown pipeline of the app.</summary>
public static partial class GuideParser
{
    // Raw HTML is written out as text: guide authors get Markdown, never markup that could carry script.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Use<GuideFigures>()
        .DisableHtml()
        .Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly string[] CommonFields = ["title", "slug", "kind", "summary", "sources", "reviewed"];
    private static readonly string[] MethodFields = ["order", "how_often", "how_long", "stop_if", "steps", "cautions", "guided_session"];
    private static readonly string[] PageFields = ["emergency_symptoms", "urgent_symptoms"];

    /// <summary>Parses a guide; <paramref name="images"/> is content/images (none when null, so any picture is refused).</summary>
    public static TreatmentGuide Parse(string fileName, string markdown, GuideImages? images = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var pictures = LinkPictures(fileName, document, images);
        var yamlBlock = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw Problem(fileName, "has no YAML front matter (it must start with a '---' block)");

        var yaml = Scan(fileName, yamlBlock.Lines.ToString());
        var fields = ReadFields(fileName, yaml);
        var kind = fields.GetValueOrDefault("kind") switch
        {
            "method" => GuideKind.Method,
            "page" => GuideKind.Page,
            null => throw Problem(fileName, "is missing the front-matter field 'kind'"),
            var other => throw Problem(fileName, $"has kind '{other}'; expected 'method' or 'page'"),
        };

        var allowed = CommonFields.Concat(kind == GuideKind.Method ? MethodFields : PageFields).ToHashSet();
        foreach (var field in fields.Keys.Where(f => !allowed.Contains(f)))
        {
            throw Problem(fileName, $"has an unknown front-matter field '{field}' for a {fields["kind"]}");
        }

        var required = kind == GuideKind.Method ? CommonFields.Concat(["order", "stop_if", "steps", "cautions"]) : CommonFields;
        foreach (var field in required.Where(f => !fields.ContainsKey(f)))
        {
            throw Problem(fileName, $"is missing the front-matter field '{field}'");
        }

        var front = Deserialize(fileName, yaml);

        var slug = Text(fileName, "slug", front.Slug);
        if (!SlugPattern().IsMatch(slug))
        {
            throw Problem(fileName, $"has slug '{slug}'; use lowercase letters, digits and hyphens");
        }

        if (kind == GuideKind.Method)
        {
            InRange(fileName, "order", front.Order, 1, 5);
            InRange(fileName, "how_often", front.HowOften, 1, 12);
            InRange(fileName, "how_long", front.HowLong, 1, 180);
        }

        return new TreatmentGuide
        {
            Slug = slug,
            Title = Text(fileName, "title", front.Title),
            Kind = kind,
            Summary = Text(fileName, "summary", front.Summary),
            Order = front.Order,
            HowOftenPerDay = front.HowOften,
            HowLongMinutes = front.HowLong,
            StopIf = List(fileName, "stop_if", front.StopIf, required: kind == GuideKind.Method),
            Steps = List(fileName, "steps", front.Steps, required: kind == GuideKind.Method),
            Cautions = List(fileName, "cautions", front.Cautions, required: kind == GuideKind.Method),
            WarningSymptoms = Symptoms(fileName, front),
            GuidedSession = GuidedSession(fileName, front.GuidedSession, pictures),
            Sources = Sources(fileName, front.Sources),
            Reviewed = ReviewedDate(fileName, front.Reviewed),
            BodyHtml = document.ToHtml(Pipeline),
            SourceFile = fileName,
        };
    }

    // Every picture needs its file and a text alternative; its address becomes the served, versioned one.
    // Returns the pictures by their Markdown path, so a guided session shows them with the same alt text.
    private static Dictionary<string, GuidePicture> LinkPictures(string fileName, MarkdownDocument document, GuideImages? images)
    {
        var pictures = new Dictionary<string, GuidePicture>(StringComparer.Ordinal);
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var alt = GuideFigures.AltText(image);
            if (alt.Length == 0)
            {
                throw Problem(fileName, $"has the picture '{image.Url}' without alt text (describe it between the square brackets)");
            }

            var path = image.Url ?? "";
            image.Url = images?.Address(image.Url)
                ?? throw Problem(fileName, $"refers to the picture '{image.Url}', which is not an .svg file under content/images");
            pictures.TryAdd(path, new GuidePicture(image.Url, alt));
        }

        return pictures;
    }

    // A session step may only show a picture the guide itself shows, so it has the guide's alt text.
    private static GuidedStep[] GuidedSession(string fileName, List<GuidedStepEntry>? entries, Dictionary<string, GuidePicture> pictures) =>
        (entries ?? []).Select((entry, index) =>
        {
            var say = Text(fileName, $"guided_session step {index + 1} 'say'", entry.Say);
            var hold = entry.Hold ?? GuidedStep.DefaultHoldSeconds;
            if (hold is < GuidedStep.MinHoldSeconds or > GuidedStep.MaxHoldSeconds)
            {
                throw Problem(fileName, $"has guided_session step {index + 1} with hold {hold}; it must be between {GuidedStep.MinHoldSeconds} and {GuidedStep.MaxHoldSeconds} seconds");
            }

            GuidePicture? picture = null;
            if (entry.Picture is { } path && !pictures.TryGetValue(path.Trim(), out picture))
            {
                throw Problem(fileName, $"has guided_session step {index + 1} with the picture '{path}', which the guide's text does not show");
            }

            return new GuidedStep(say, hold, picture);
        }).ToArray();

    private static FrontMatterEvents Scan(string fileName, string yamlText)
    {
        try
        {
            return FrontMatterEvents.Read(yamlText);
        }
        catch (YamlException ex)
        {
            throw Unreadable(fileName, ex);
        }
    }

    private static Dictionary<string, string?> ReadFields(string fileName, FrontMatterEvents yaml)
    {
        try
        {
            return yaml.Fields();
        }
        catch (YamlException ex)
        {
            throw Unreadable(fileName, ex);
        }
    }

    private static GuideFrontMatter Deserialize(string fileName, FrontMatterEvents yaml)
    {
        try
        {
            return Yaml.Deserialize<GuideFrontMatter>(yaml) ?? new GuideFrontMatter();
        }
        catch (YamlException ex)
        {
            throw Unreadable(fileName, ex);
        }
    }

    private static string Text(string fileName, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw Problem(fileName, $"has an empty '{field}'") : value.Trim();

    private static void InRange(string fileName, string field, int? value, int min, int max)
    {
        if (value is { } number && (number < min || number > max))
        {
            throw Problem(fileName, $"has {field} {number}; it must be between {min} and {max}");
        }
    }

    private static string[] List(string fileName, string field, List<string>? items, bool required)
    {
        if (items is null || items.Count == 0)
        {
            return required ? throw Problem(fileName, $"needs at least one item in '{field}'") : [];
        }

        return items.Select(item => Text(fileName, field, item)).ToArray();
    }

    private static GuideSource[] Sources(string fileName, List<SourceEntry>? entries)
    {
        if (entries is null || entries.Count == 0)
        {
            throw Problem(fileName, "needs at least one item in 'sources'");
        }

        return entries.Select(entry =>
        {
            var title = string.IsNullOrWhiteSpace(entry.Title) ? throw Problem(fileName, "has a source without a 'title'") : entry.Title.Trim();
            var url = entry.Url?.Trim();

            // Only web pages a reader can open: no relative links, and nothing like javascript: in an href.
            return Uri.TryCreate(url, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
                ? new GuideSource(title, address)
                : throw Problem(fileName, $"has the source '{title}' without an http(s) 'url'");
        }).ToArray();
    }

    private static DateOnly ReviewedDate(string fileName, string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Problem(fileName, $"has reviewed '{value}'; use a date written YYYY-MM-DD");

    private static WarningSymptom[] Symptoms(string fileName, GuideFrontMatter front)
    {
        var symptoms = (front.EmergencySymptoms ?? []).Select(s => (s, WarningTier.Emergency))
            .Concat((front.UrgentSymptoms ?? []).Select(s => (s, WarningTier.Urgent)))
            .Select(pair =>
            {
                var code = Text(fileName, "code", pair.s.Code);
                return SlugPattern().IsMatch(code)
                    ? new WarningSymptom(code, Text(fileName, "label", pair.s.Label), pair.Item2)
                    : throw Problem(fileName, $"has symptom code '{code}'; use lowercase letters, digits and hyphens");
            })
            .ToArray();

        var duplicate = symptoms.GroupBy(s => s.Code).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? symptoms : throw Problem(fileName, $"lists the symptom code '{duplicate.Key}' twice");
    }

    private static GuideContentException Unreadable(string fileName, YamlException ex) =>
        new($"{fileName}: the front matter is not readable YAML (line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message})", ex);

    private static GuideContentException Problem(string fileName, string problem) => new($"{fileName} {problem}.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
