using Serilog.Events;
using Serilog.Parsing;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Tests.Security;

public sealed class ControlCharactersInLogsTests
{
    [Fact]
    public void Every_string_an_event_carries_has_its_control_characters_escaped_however_deep()
    {
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null,
            new MessageTemplateParser().Parse("HTTP {RequestPath}"),
            [
                new LogEventProperty("RequestPath", new ScalarValue("/a\r\n[01:00:00 INF] forged")),
                new LogEventProperty("Count", new ScalarValue(3)),
                new LogEventProperty("Names", new SequenceValue([new ScalarValue("x\0y")])),
                new LogEventProperty("Form", new StructureValue([new LogEventProperty("Goal", new ScalarValue("tab\there\u0085\u2028"))])),
                new LogEventProperty("Headers", new DictionaryValue([new(new ScalarValue("k\u001b"), new ScalarValue("v\n"))])),
            ]);

        new ControlCharactersInLogs().Enrich(logEvent, null!);

        var rendered = logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        rendered.Should().Be(@"HTTP ""/a\r\n[01:00:00 INF] forged""");
        logEvent.Properties["Count"].Should().Be(new ScalarValue(3));
        logEvent.Properties["Names"].ToString().Should().Be(@"[""x\u0000y""]");
        logEvent.Properties["Form"].ToString().Should().Be(@"{ Goal: ""tab\there\u0085\u2028"" }");
        logEvent.Properties["Headers"].ToString().Should().Be(@"[(""k\u001b"": ""v\n"")]");
        string.Concat(logEvent.Properties.Values.Select(v => v.ToString())).Should().NotContainAny("\r", "\n", "\0", "\u001b");
    }
}
