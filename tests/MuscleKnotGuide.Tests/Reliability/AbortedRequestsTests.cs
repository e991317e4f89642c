using Microsoft.AspNetCore.Http;
using MuscleKnotGuide.Web;
using Serilog;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>The middleware alone, for the exception paths a real client cannot trigger on cue.</summary>
public sealed class AbortedRequestsTests
{
    private sealed class Properties : IDiagnosticContext
    {
        public Dictionary<string, object?> Set { get; } = [];

        void IDiagnosticContext.Set(string propertyName, object? value, bool destructureObjects) => Set[propertyName] = value;

        void IDiagnosticContext.SetException(Exception exception)
        {
        }
    }

    private static (DefaultHttpContext Context, CancellationTokenSource Abort) Request()
    {
        var abort = new CancellationTokenSource();
        return (new DefaultHttpContext { RequestAborted = abort.Token }, abort);
    }

    [Fact]
    public async Task A_cancellation_after_the_client_left_ends_as_499_marked_aborted()
    {
        var (context, abort) = Request();
        var properties = new Properties();
        var middleware = new AbortedRequests(_ => { abort.Cancel(); throw new OperationCanceledException(abort.Token); }, properties);

        await middleware.InvokeAsync(context);

        context.Response.StatusCode.Should().Be(499);
        properties.Set.Should().Contain("Aborted", true);
    }

    [Fact]
    public async Task A_cancellation_while_the_client_is_still_there_goes_on_to_the_error_page()
    {
        var (context, _) = Request();
        var middleware = new AbortedRequests(_ => throw new OperationCanceledException(), new Properties());

        await middleware.Invoking(m => m.InvokeAsync(context)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Other_exceptions_are_never_swallowed_even_after_the_client_left()
    {
        var (context, abort) = Request();
        var middleware = new AbortedRequests(_ => { abort.Cancel(); throw new InvalidOperationException("a bug"); }, new Properties());

        await middleware.Invoking(m => m.InvokeAsync(context)).Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task A_finished_request_keeps_its_status_and_is_not_marked()
    {
        var (context, _) = Request();
        var properties = new Properties();
        var middleware = new AbortedRequests(c => { c.Response.StatusCode = 200; return Task.CompletedTask; }, properties);

        await middleware.InvokeAsync(context);

        context.Response.StatusCode.Should().Be(200);
        properties.Set.Should().BeEmpty();
    }
}
