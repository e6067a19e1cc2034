using System.Diagnostics;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Http;

namespace Belvo.Sdk.Diagnostics;

/// <summary>
/// Records each HTTP attempt of an observed call, just inside the retry handler: a span named after the method (kind
/// Client, OpenTelemetry's HTTP client conventions) beneath the operation's span, and the <c>belvo.client.attempts</c>
/// counter. A call nobody observes passes straight through.
/// </summary>
internal sealed class BelvoTelemetryHandler(TimeProvider timeProvider) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        BelvoCall.Of(request) is { Telemetry: { } telemetry } call
            ? SendObservedAsync(request, call, telemetry, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private static Activity? StartAttempt(HttpRequestMessage request, CallTelemetry telemetry, int attempt)
    {
        var activity = BelvoDiagnostics.Source.StartActivity(request.Method.Method, ActivityKind.Client);
        if (activity is not { IsAllDataRequested: true })
        {
            return activity;
        }

        activity.SetTag(BelvoDiagnostics.HttpMethod, request.Method.Method);
        activity.SetTag(BelvoDiagnostics.ServerAddress, request.RequestUri?.Host ?? telemetry.Client.ServerAddress);
        activity.SetTag(BelvoDiagnostics.ServerPort, request.RequestUri is { IsAbsoluteUri: true } uri ? BelvoDiagnostics.Box(uri.Port) : telemetry.Client.ServerPort);
        activity.SetTag(BelvoDiagnostics.UrlFull, BelvoDiagnostics.SafeUrl(request.RequestUri));
        activity.SetTag(BelvoDiagnostics.Operation, telemetry.Operation.Name);
        activity.SetTag(BelvoDiagnostics.RetryAttempt, BelvoDiagnostics.Box(attempt));
        if (attempt > 1)
        {
            activity.SetTag(BelvoDiagnostics.ResendCount, BelvoDiagnostics.Box(attempt - 1));
        }

        if (telemetry.Institution is { } institution)
        {
            activity.SetTag(BelvoDiagnostics.Institution, institution);
        }

        return activity;
    }

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, BelvoCall call, CallTelemetry telemetry, CancellationToken cancellationToken)
    {
        var attempt = call.Attempts + 1;
        using var activity = StartAttempt(request, telemetry, attempt);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The latest attempt has no answer: an earlier attempt's status must not describe the call.
            telemetry.StatusCode = 0;
            telemetry.RequestId = null;
            Failed(activity, telemetry, ex);
            throw;
        }

        var status = (int)response.StatusCode;
        telemetry.StatusCode = status;
        telemetry.RequestId = AttemptDetails.HeaderRequestId(response);
        string? errorCode = null;
        if (!response.IsSuccessStatusCode && activity is { IsAllDataRequested: true })
        {
            // Read once for everyone: the retry handler and the pipeline use the same parsed body.
            BelvoErrorResponse error;
            try
            {
                error = await AttemptDetails.ReadErrorOnceAsync(call, response, timeProvider).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Failed(activity, telemetry, ex);
                throw;
            }

            errorCode = error.Errors.Count > 0 ? error.Errors[0].Code : null;
            telemetry.RequestId ??= error.Errors.FirstOrDefault(e => e.RequestId is not null)?.RequestId;
        }

        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BelvoDiagnostics.StatusCode, BelvoDiagnostics.Box(status));
            if (telemetry.RequestId is { } requestId)
            {
                activity.SetTag(BelvoDiagnostics.RequestId, requestId);
            }

            if (errorCode is not null)
            {
                activity.SetTag(BelvoDiagnostics.ErrorCode, errorCode);
            }

            if (status >= 400)
            {
                activity.SetStatus(ActivityStatusCode.Error);
                activity.SetTag(BelvoDiagnostics.ErrorType, BelvoDiagnostics.StatusText(status));
            }
        }

        CountAttempt(telemetry, status, status >= 400 ? BelvoDiagnostics.StatusText(status) : null);
        return response;
    }

    private static void Failed(Activity? activity, CallTelemetry telemetry, Exception exception)
    {
        var errorType = exception.GetType().FullName ?? exception.GetType().Name;
        if (activity is { IsAllDataRequested: true })
        {
            BelvoDiagnostics.SetFailed(activity, exception, errorType);
        }

        CountAttempt(telemetry, statusCode: 0, errorType);
    }

    private static void CountAttempt(CallTelemetry telemetry, int statusCode, string? errorType)
    {
        var attempts = telemetry.Client.Instruments.Attempts;
        if (!attempts.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { BelvoDiagnostics.Operation, telemetry.Operation.Name },
            { BelvoDiagnostics.HttpMethod, telemetry.Operation.Method.Method },
            { BelvoDiagnostics.ServerAddress, telemetry.Client.ServerAddress },
        };
        if (statusCode != 0)
        {
            tags.Add(BelvoDiagnostics.StatusCode, BelvoDiagnostics.Box(statusCode));
        }

        if (errorType is not null)
        {
            tags.Add(BelvoDiagnostics.ErrorType, errorType);
        }

        attempts.Add(1, tags);
    }
}
