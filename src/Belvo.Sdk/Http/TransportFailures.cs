using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Http;

/// <summary>
/// What a failure without an answer becomes, for Refit calls and page requests alike: the SDK's own
/// exceptions and the caller's cancellation pass unchanged; a connection failure becomes a
/// <see cref="BelvoConnectionException"/>.
/// </summary>
internal static class TransportFailures
{
    public static Exception ToPublicException(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken) => exception switch
    {
        BelvoException => exception,
        OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
        HttpRequestException => new BelvoConnectionException(
            $"Could not reach Belvo for {request.DescribeTarget()} at {request.RequestUri?.GetLeftPart(UriPartial.Authority)}: {exception.Message}",
            exception),
        _ => exception,
    };
}
