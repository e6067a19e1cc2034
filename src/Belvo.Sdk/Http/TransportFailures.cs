using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Http;

/// <summary>
/// What a failure without an answer becomes, for Refit calls and page requests alike: the SDK's own
/// exceptions and the caller's cancellation pass unchanged; a request body that could not be written is a
/// <see cref="BelvoException"/> saying so; a connection failure becomes a <see cref="BelvoConnectionException"/>.
/// </summary>
internal static class TransportFailures
{
    public static Exception ToPublicException(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken) => exception switch
    {
        BelvoException => exception,
        OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
        HttpRequestException when FindSerializationFailure(exception) is { } cause => new BelvoException(
            $"The request body of {request.DescribeTarget()} could not be written as JSON, so nothing was sent: {cause.Message}",
            exception),
        HttpRequestException => new BelvoConnectionException(
            $"Could not reach Belvo for {request.DescribeTarget()} at {request.RequestUri?.GetLeftPart(UriPartial.Authority)}: {exception.Message}",
            exception),
        _ => exception,
    };

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
