using Belvo.Sdk.Diagnostics;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Http;

/// <summary>The request path's entry point, observed: one span and one duration per call (and per page of a list).</summary>
internal sealed partial class BelvoPipeline
{
    /// <summary>Gets what this client records: its meter's instruments and its logger.</summary>
    public required ClientTelemetry Telemetry { get; init; }

    /// <summary>
    /// Sends one call and reads its answer (see the class summary). While something listens, the call gets a span,
    /// <c>Belvo {operation}</c>, that ends when the body has been read or the call failed, and its duration, status and
    /// error are recorded; otherwise it takes the plain path, with nothing allocated for telemetry.
    /// </summary>
    /// <typeparam name="TState">What <paramref name="send"/> needs, passed without a closure.</typeparam>
    /// <typeparam name="T">What the call returns.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="state">What <paramref name="send"/> needs.</param>
    /// <param name="send">Builds and sends the request (a generated Refit method, or <see cref="SendRequestAsync"/>).</param>
    /// <param name="reader">Reads a successful answer.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    /// <returns>What the call returns.</returns>
    public Task<T> SendAsync<TState, T>(
        BelvoCall call,
        TState state,
        Func<TState, BelvoCall, CancellationToken, Task<HttpResponseMessage>> send,
        BodyReader<T> reader,
        CancellationToken cancellationToken)
    {
        // A …WithMfaAsync flow logs and counts its rounds with the client its calls go through.
        MfaScope.Current?.Attach(Telemetry);
        return Telemetry.IsObserved
            ? SendObservedAsync(call, state, send, reader, cancellationToken)
            : SendCoreAsync(call, state, send, reader, cancellationToken);
    }

    private async Task<T> SendObservedAsync<TState, T>(
        BelvoCall call,
        TState state,
        Func<TState, BelvoCall, CancellationToken, Task<HttpResponseMessage>> send,
        BodyReader<T> reader,
        CancellationToken cancellationToken)
    {
        var telemetry = Telemetry.StartCall(call, ClientTelemetry.InstitutionOf(call, state), _timeProvider);
        T value;
        try
        {
            value = await SendCoreAsync(call, state, send, reader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            telemetry.Failed(ex, cancellationToken);
            throw;
        }

        telemetry.Succeeded(value is AsyncRequestAccepted { RequestId: { Length: > 0 } requestId } ? requestId : null);
        return value;
    }
}
