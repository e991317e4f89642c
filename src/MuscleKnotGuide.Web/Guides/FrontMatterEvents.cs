using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MuscleKnotGuide.Web.Guides;

/// <summary>
/// A guide's front matter scanned once into YAML parsing events. <see cref="GuideParser"/> checks the field names
/// from them and then deserialises the same events, so the text is read once at start-up instead of twice.
/// </summary>
internal sealed class FrontMatterEvents : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _index = -1;

    private FrontMatterEvents(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current => _index >= 0 && _index < _events.Count ? _events[_index] : null;

    /// <summary>Scans the YAML; a syntax error throws a <see cref="YamlException"/> with its line.</summary>
    public static FrontMatterEvents Read(string yamlText)
    {
        var parser = new Parser(new StringReader(yamlText));
        var events = new List<ParsingEvent>();
        try
        {
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }
        }
        catch (Exception ex) when (ex is not YamlException && events.Count > 0)
        {
            // YamlDotNet's scanner throws some syntax errors untyped; its deserializer wraps them at the last event read.
            throw new YamlException(events[^1].Start, events[^1].End, "Exception during deserialization", ex);
        }

        return new FrontMatterEvents(events);
    }

    /// <summary>
    /// The top-level fields with their text when the value is a single scalar (null for an empty value or a list).
    /// Anything but a mapping (or nothing) at the top is not front matter.
    /// </summary>
    public Dictionary<string, string?> Fields()
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var root = _events.FirstOrDefault(e => e is not StreamStart and not DocumentStart);
        if (root is null or DocumentEnd or StreamEnd)
        {
            return fields;
        }

        if (root is not MappingStart)
        {
            throw new YamlException(root.Start, root.End, "the front matter must be a list of 'field: value' lines");
        }

        var depth = 0;
        var expectKey = false;
        string? key = null;
        foreach (var e in _events.SkipWhile(e => e != root))
        {
            if (depth == 1 && expectKey)
            {
                if (e is MappingEnd)
                {
                    break;
                }

                key = e is Scalar name ? name.Value : throw new YamlException(e.Start, e.End, "a front-matter field name must be plain text");
                fields[key] = null;
                expectKey = false;
                continue;
            }

            if (depth == 1 && key is not null && e is Scalar value)
            {
                fields[key] = IsNull(value) ? null : value.Value;
                key = null;
                expectKey = true;
                continue;
            }

            depth += e.NestingIncrease;
            if (depth == 1)
            {
                key = null;
                expectKey = true;
            }
        }

        return fields;
    }

    public bool MoveNext()
    {
        if (_index < _events.Count)
        {
            _index++;
        }

        return _index < _events.Count;
    }

    // As YamlDotNet reads a plain scalar into an object: empty, ~ and null mean no value.
    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
