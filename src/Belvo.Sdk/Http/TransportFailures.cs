using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Http;

/// <summary>
/// What a failure without a usable answer becomes: the SDK's own exceptions and the caller's cancellation pass
/// unchanged; a request body that could not be written is a <see cref="BelvoException"/> saying so; a connection that
/// failed (before the answer, or while its body streamed in) becomes a <see cref="BelvoConnectionException"/>.
/// </summary>
internal static class TransportFailures
{
    /// <summary>Maps a failure, or returns <see langword="null"/> when it must propagate as it is.</summary>
    public static Exception? Map(Exception exception, BelvoCall call, CancellationToken cancellationToken) => exception switch
    {
        BelvoException => null,
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,

        // A deadline that fired while the body streamed in can surface as an I/O failure of the cancelled read.
        OperationCanceledException or IOException or HttpRequestException when call.AttemptTimedOut => call.TimedOut(call.Request, exception),
        HttpRequestException when FindSerializationFailure(exception) is { } cause => new BelvoException(
            $"The request body of {Describe(call)} could not be written as JSON, so nothing was sent: {cause.Message}",
            exception),
        HttpRequestException or IOException => new BelvoConnectionException(
            $"Could not reach Belvo for {Describe(call)} at {call.Request?.RequestUri?.GetLeftPart(UriPartial.Authority)}: {exception.Message}",
            exception),
        _ => null,
    };

    private static string Describe(BelvoCall call) =>
        call.Request?.DescribeTarget() ?? $"{call.Operation.Method.Method} {call.Operation.PathTemplate}";

    // HttpClient reports a body that failed to serialize as "Error while copying content to a stream"; the
    // serializer's own exception underneath tells it apart from a broken connection.
    private static Exception? FindSerializationFailure(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
            {
                return inner;
            }
        }

        return null;
    }
}
