using Serilog.Core;
using Serilog.Events;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// ASP.NET Core's own "Request starting/finished" lines carry the query string (where a form sent by GET would put
/// what a person typed). Our request line already records method, path and status, so those lines are dropped
/// whatever level the configuration asks for.
/// </summary>
public sealed class NoQueryStringsInLogs : ILogEventFilter
{
    public bool IsEnabled(LogEvent logEvent) =>
        !logEvent.Properties.TryGetValue("QueryString", out var query)
        || query is ScalarValue { Value: null or "" };
}
