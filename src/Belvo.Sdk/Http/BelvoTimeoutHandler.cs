using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Http;

/// <summary>
/// Bounds each attempt of a call, response body included: <see cref="BelvoClientOptions.Timeout"/> for reads,
/// <see cref="BelvoClientOptions.RetrieveTimeout"/> for calls that reach the institution, or the call's own
/// <see cref="BelvoRequestOptions.Timeout"/>. An elapsed timeout becomes a <see cref="BelvoTimeoutException"/>;
/// the caller's cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class BelvoTimeoutHandler(BelvoClientOptions options, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var timeout = request.GetBelvoRequestOptions()?.Timeout
            ?? (request.IsReadMethod() ? options.Timeout : options.RetrieveTimeout);
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, linked.Token).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            throw new BelvoTimeoutException(
                $"Belvo did not answer {request.DescribeTarget()} within {timeout}. Calls that reach the institution can take minutes: " +
                "raise BelvoClientOptions.RetrieveTimeout (or Timeout for reads), or pass BelvoRequestOptions { Timeout = ... } for this call.",
                timeout,
                ex);
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }
}
