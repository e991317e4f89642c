using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// A request path is what a visitor typed: "/guides/a%0D%0A[01:00:00 INF] ..." would otherwise print a second,
/// forged line in a plain-text log. Every string a log event carries is written with its control characters
/// escaped (CR as \r, LF as \n, tab as \t, any other as \u00XX), so one event is always one line.
/// </summary>
/// <remarks>
/// It runs after the event's properties are bound (and after ASP.NET's scope properties, added by the logger the
/// framework writes through), so it sees every value a sink can render. It cannot change an exception's text or a
/// message template itself; the JSON formatter (README, "Logs") escapes those too.
/// </remarks>
public sealed class ControlCharactersInLogs : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToArray())
        {
            var escaped = Escape(value);
            if (!ReferenceEquals(escaped, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, escaped));
            }
        }
    }

    /// <summary>The same value, or a copy with its strings escaped when any holds a control character.</summary>
    private static LogEventPropertyValue Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when NeedsEscaping(text):
                return new ScalarValue(Escape(text));
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Escape).ToArray();
                return elements.SequenceEqual(sequence.Elements) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value))).ToArray();
                return properties.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value))
                    ? value
                    : new StructureValue(properties, structure.TypeTag);
            case DictionaryValue dictionary:
                var pairs = dictionary.Elements.Select(p => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                    (ScalarValue)Escape(p.Key), Escape(p.Value))).ToArray();
                return pairs.Zip(dictionary.Elements).All(p => ReferenceEquals(p.First.Key, p.Second.Key) && ReferenceEquals(p.First.Value, p.Second.Value))
                    ? value
                    : new DictionaryValue(pairs);
            default:
                return value;
        }
    }

    public static bool NeedsEscaping(string text) => text.Any(MustEscape);

    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\r' => @"\r",
                '\n' => @"\n",
                '\t' => @"\t",
                _ when MustEscape(c) => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    // C0 and C1 controls, DEL, and the Unicode line and paragraph separators some log viewers break lines on.
    private static bool MustEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
