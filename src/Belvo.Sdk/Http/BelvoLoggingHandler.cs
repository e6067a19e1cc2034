using Belvo.Sdk.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Http;

#pragma warning disable CA1873 // Arguments are only evaluated after the IsEnabled(Debug) check above them.

/// <summary>
/// Logs each attempt's operation, target, status, duration, attempt number and request id (see <see cref="BelvoLog"/>
/// for what is never logged). A failed answer's body is read for its request_id once, for every layer after this one.
/// </summary>
internal sealed class BelvoLoggingHandler(ILogger logger, TimeProvider timeProvider) : DelegatingHandler
{
    // Not async when nothing logs: passing the task through saves a state machine per attempt.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        logger.IsEnabled(LogLevel.Debug) ? SendLoggedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = BelvoCall.Of(request);
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = ElapsedMilliseconds(started);
            var requestId = await AttemptDetails.RequestIdAsync(call, response, timeProvider).ConfigureAwait(false);
            BelvoLog.Answered(logger, request.Method.Method, request.RequestUri?.PathAndQuery, (int)response.StatusCode, elapsed, call?.Operation.Name, call?.Attempts ?? 1, requestId);
            return response;
        }
        catch (Exception ex)
        {
            BelvoLog.Failed(logger, request.Method.Method, request.RequestUri?.PathAndQuery, ElapsedMilliseconds(started), ex.GetType().Name, call?.Operation.Name, call?.Attempts ?? 1);
            throw;
        }
    }

    private long ElapsedMilliseconds(long started) => (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
