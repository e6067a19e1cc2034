using System.Diagnostics;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Http;

namespace Belvo.Sdk.Diagnostics;

/// <summary>
/// One observed call: its operation span (when sampled), its clock, and what its attempts learned (the last status
/// and <c>X-Request-Id</c>) for the span and the metrics recorded when the call ends.
/// </summary>
internal sealed class CallTelemetry
{
    private readonly TimeProvider _timeProvider;
    private readonly long _started;

    public CallTelemetry(ClientTelemetry client, BelvoOperation operation, string? institution, Activity? activity, TimeProvider timeProvider, long started)
    {
        Client = client;
        Operation = operation;
        Institution = institution;
        Activity = activity;
        _timeProvider = timeProvider;
        _started = started;
    }

    public ClientTelemetry Client { get; }

    public BelvoOperation Operation { get; }

    /// <summary>Gets the institution a link registration names, or <see langword="null"/> for any other call.</summary>
    public string? Institution { get; }

    /// <summary>Gets the operation's span, or <see langword="null"/> when it is not sampled.</summary>
    public Activity? Activity { get; }

    /// <summary>Gets or sets the status of the latest attempt's answer (0 before any).</summary>
    public int StatusCode { get; set; }

    /// <summary>Gets or sets the latest answer's request id (<c>X-Request-Id</c>, or the error body's <c>request_id</c>).</summary>
    public string? RequestId { get; set; }

    /// <summary>Ends the call after its answer's body was read.</summary>
    /// <param name="requestId">The request id of a 202 body, if any.</param>
    public void Succeeded(string? requestId)
    {
        requestId ??= RequestId;
        var activity = Activity;
        if (activity is { IsAllDataRequested: true })
        {
            SetStatusCode(activity);
            if (requestId is not null)
            {
                activity.SetTag(BelvoDiagnostics.RequestId, requestId);
            }
        }

        activity?.Stop();
        var duration = Client.Instruments.Duration;
        if (duration.Enabled)
        {
            duration.Record(_timeProvider.GetElapsedTime(_started).TotalSeconds, Tags());
        }
    }

    /// <summary>Ends the call that failed with <paramref name="exception"/>.</summary>
    public void Failed(Exception exception, CancellationToken cancellationToken)
    {
        var belvo = exception as BelvoException;
        if (belvo?.StatusCode is { } status)
        {
            StatusCode = (int)status;
        }

        var errorType = BelvoDiagnostics.ErrorTypeOf(exception);
        var errorCode = belvo?.ErrorCode;
        var activity = Activity;
        if (activity is { IsAllDataRequested: true })
        {
            SetStatusCode(activity);
            BelvoDiagnostics.SetFailed(activity, exception, errorType);
            if (errorCode is not null)
            {
                activity.SetTag(BelvoDiagnostics.ErrorCode, errorCode);
            }

            if ((belvo?.RequestId ?? RequestId) is { } requestId)
            {
                activity.SetTag(BelvoDiagnostics.RequestId, requestId);
            }
        }

        activity?.Stop();
        var instruments = Client.Instruments;
        if (!instruments.Duration.Enabled && !instruments.Errors.Enabled)
        {
            return;
        }

        var tags = Tags();
        tags.Add(BelvoDiagnostics.ErrorType, errorType);
        if (errorCode is not null)
        {
            tags.Add(BelvoDiagnostics.ErrorCode, errorCode);
        }

        instruments.Duration.Record(_timeProvider.GetElapsedTime(_started).TotalSeconds, tags);

        // The caller's own cancellation is not a failure of Belvo's.
        if (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            instruments.Errors.Add(1, tags);
        }
    }

    /// <summary>Counts one retry of the call, with its reason, and notes it on the operation span.</summary>
    public void Retrying(string reason, string errorType, int retry, TimeSpan delay)
    {
        if (Activity is { IsAllDataRequested: true } activity)
        {
            activity.AddEvent(new ActivityEvent(BelvoDiagnostics.RetryEvent, tags: new ActivityTagsCollection
            {
                { BelvoDiagnostics.RetryAttempt, BelvoDiagnostics.Box(retry) },
                { BelvoDiagnostics.RetryReason, reason },
                { BelvoDiagnostics.RetryDelay, delay.TotalSeconds },
            }));
        }

        var retries = Client.Instruments.Retries;
        if (retries.Enabled)
        {
            var tags = new TagList
            {
                { BelvoDiagnostics.Operation, Operation.Name },
                { BelvoDiagnostics.HttpMethod, Operation.Method.Method },
                { BelvoDiagnostics.RetryReason, reason },
                { BelvoDiagnostics.ErrorType, errorType },
                { BelvoDiagnostics.ServerAddress, Client.ServerAddress },
            };
            retries.Add(1, tags);
        }
    }

    private void SetStatusCode(Activity activity)
    {
        if (StatusCode != 0)
        {
            activity.SetTag(BelvoDiagnostics.StatusCode, BelvoDiagnostics.Box(StatusCode));
        }
    }

    private TagList Tags()
    {
        var tags = new TagList
        {
            { BelvoDiagnostics.Operation, Operation.Name },
            { BelvoDiagnostics.HttpMethod, Operation.Method.Method },
            { BelvoDiagnostics.ServerAddress, Client.ServerAddress },
            { BelvoDiagnostics.ServerPort, Client.ServerPort },
        };
        if (StatusCode != 0)
        {
            tags.Add(BelvoDiagnostics.StatusCode, BelvoDiagnostics.Box(StatusCode));
        }

        return tags;
    }
}
