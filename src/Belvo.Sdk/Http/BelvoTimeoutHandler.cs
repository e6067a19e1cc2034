namespace Belvo.Sdk.Http;

/// <summary>
/// Bounds each attempt of a call: <see cref="BelvoClientOptions.Timeout"/>, or
/// <see cref="BelvoClientOptions.InstitutionTimeout"/> for operations that wait for the institution, or the call's own
/// <see cref="BelvoRequestOptions.Timeout"/>. The deadline is kept on the <see cref="BelvoCall"/> after the headers
/// arrive, so that reading the body is bounded too, without buffering it here. An elapsed deadline becomes a
/// <see cref="Errors.BelvoTimeoutException"/>; the caller's cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class BelvoTimeoutHandler(BelvoClientOptions options, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = BelvoCall.Of(request);
        if (call is null)
        {
            // Not sent by the SDK's request path (a user's handler sending its own request): bound nothing here.
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var timeout = call.RequestOptions?.Timeout
            ?? (call.Operation.ReachesInstitution ? options.InstitutionTimeout : options.Timeout);
        var attemptToken = call.BeginAttempt(request, timeout, timeProvider, cancellationToken);
        try
        {
            return await base.SendAsync(request, attemptToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (call.AttemptTimedOut)
        {
            call.EndAttempt();
            throw call.TimedOut(request, ex);
        }
        catch
        {
            call.EndAttempt();
            throw;
        }
    }
}
