using Belvo.Sdk.Errors;
using Belvo.Sdk.Http;
using Microsoft.Extensions.Logging;
using Polly;

namespace Belvo.Sdk.Diagnostics;

/// <summary>What the retry handler reports when it repeats an attempt: a log line, the <c>belvo.client.retries</c> counter and an event on the operation's span.</summary>
internal static class RetryTelemetry
{
    /// <summary>Reports one retry.</summary>
    /// <param name="logger">The client's logger.</param>
    /// <param name="request">The request being repeated.</param>
    /// <param name="outcome">What the failed attempt ended with.</param>
    /// <param name="retry">The 1-based retry about to be made.</param>
    /// <param name="maxRetries">The most retries allowed.</param>
    /// <param name="delay">The wait before it.</param>
    public static void Retrying(ILogger logger, HttpRequestMessage request, Outcome<HttpResponseMessage> outcome, int retry, int maxRetries, TimeSpan delay)
    {
        var call = BelvoCall.Of(request);
        var (reason, errorType) = ReasonOf(call, outcome);
        if (logger.IsEnabled(LogLevel.Warning))
        {
            BelvoLog.Retrying(logger, request.Method.Method, request.RequestUri?.PathAndQuery, Describe(outcome, reason), retry, maxRetries, delay, call?.Operation.Name);
        }

        call?.Telemetry?.Retrying(reason, errorType, retry, delay);
    }

    /// <summary>
    /// Gets why an attempt is repeated: Belvo's error code for a 400 (<c>too_many_sessions</c>), else the
    /// status (<c>503</c>), else the exception's type name (<c>HttpRequestException</c>); and its <c>error.type</c>.
    /// </summary>
    private static (string Reason, string ErrorType) ReasonOf(BelvoCall? call, Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is { } exception)
        {
            return (exception.GetType().Name, exception.GetType().FullName ?? exception.GetType().Name);
        }

        // Only a status whose retry depends on Belvo's code (a 400 too_many_sessions) is named by its code: its body is
        // always read before it is retried, so the reason never depends on whether something else read it.
        var response = outcome.Result!;
        var status = BelvoDiagnostics.StatusText((int)response.StatusCode);
        var code = BelvoFailureTable.NeedsBody(response.StatusCode) && call is not null && ReferenceEquals(call.ParsedErrorFor, response) && call.ParsedError!.Errors.Count > 0
            ? call.ParsedError.Errors[0].Code
            : null;
        return (code ?? status, status);
    }

    // As the log line has always said: "500", "HttpRequestException", and now "400 too_many_sessions".
    private static string Describe(Outcome<HttpResponseMessage> outcome, string reason) =>
        outcome.Result is { } response && reason != BelvoDiagnostics.StatusText((int)response.StatusCode)
            ? $"{(int)response.StatusCode} {reason}"
            : reason;
}
