using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.AspNetCore.Diagnostics;

/// <summary>
/// Every line the endpoint logs. They name the webhook id, type and code, handlers and status codes; never the
/// Authorization header, the configured value or the body.
/// </summary>
internal static partial class WebhookLog
{
    public const string Category = "Belvo.Sdk.AspNetCore.Webhooks";

    [LoggerMessage(EventId = WebhookLogEvents.Received, Level = LogLevel.Information, Message = "Received Belvo webhook {WebhookId} ({WebhookType} / {WebhookCode})")]
    public static partial void Received(ILogger logger, string webhookId, string webhookType, string webhookCode);

    [LoggerMessage(EventId = WebhookLogEvents.AlreadyProcessed, Level = LogLevel.Information, Message = "Belvo webhook {WebhookId} ({WebhookType} / {WebhookCode}) was already processed: acknowledged without running handlers")]
    public static partial void AlreadyProcessed(ILogger logger, string webhookId, string webhookType, string webhookCode);

    [LoggerMessage(EventId = WebhookLogEvents.InProgress, Level = LogLevel.Information, Message = "Belvo webhook {WebhookId} ({WebhookType} / {WebhookCode}) is being processed by this or another instance: answered 409 so that Belvo retries later")]
    public static partial void InProgress(ILogger logger, string webhookId, string webhookType, string webhookCode);

    [LoggerMessage(EventId = WebhookLogEvents.Rejected, Level = LogLevel.Warning, Message = "Refused a request to the Belvo webhook endpoint with {StatusCode}: {Reason}")]
    public static partial void Rejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = WebhookLogEvents.HandlerFailed, Level = LogLevel.Warning, Message = "Handler {Handler} failed on Belvo webhook {WebhookId} ({WebhookType} / {WebhookCode}), attempt {Attempt} of {MaxAttempts}; retrying in {Delay}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string webhookId, string webhookType, string webhookCode, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(EventId = WebhookLogEvents.HandlerGaveUp, Level = LogLevel.Error, Message = "Handler {Handler} failed on Belvo webhook {WebhookId} ({WebhookType} / {WebhookCode}) {Attempts} times and was given up; the webhook is not marked processed, so a new delivery of it runs its handlers again")]
    public static partial void HandlerGaveUp(ILogger logger, Exception exception, string handler, string webhookId, string webhookType, string webhookCode, int attempts);

    [LoggerMessage(EventId = WebhookLogEvents.NotQueued, Level = LogLevel.Warning, Message = "Belvo webhook {WebhookId} ({WebhookType} / {WebhookCode}) could not be queued (the queue is full or the host is stopping): answered 503 so that Belvo retries")]
    public static partial void NotQueued(ILogger logger, string webhookId, string webhookType, string webhookCode);

    [LoggerMessage(EventId = WebhookLogEvents.ClaimFailed, Level = LogLevel.Error, Message = "The webhook de-duplication store failed for Belvo webhook {WebhookId}: answered 503 so that Belvo retries")]
    public static partial void ClaimFailed(ILogger logger, Exception exception, string webhookId);

    [LoggerMessage(EventId = WebhookLogEvents.RecordFailed, Level = LogLevel.Warning, Message = "Could not record the outcome of Belvo webhook {WebhookId} in the de-duplication store; its claim expires after the processing lease")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string webhookId);

    [LoggerMessage(EventId = WebhookLogEvents.NotHandledAtShutdown, Level = LogLevel.Warning, Message = "Belvo webhook {WebhookId} ({WebhookType} / {WebhookCode}) was accepted but not fully handled before the host stopped; it is lost unless Belvo delivers it again")]
    public static partial void NotHandledAtShutdown(ILogger logger, string webhookId, string webhookType, string webhookCode);

    [LoggerMessage(EventId = WebhookLogEvents.Handled, Level = LogLevel.Debug, Message = "Belvo webhook {WebhookId} ({WebhookType} / {WebhookCode}) handled by {Handlers} handler(s)")]
    public static partial void Handled(ILogger logger, string webhookId, string webhookType, string webhookCode, int handlers);
}

/// <summary>The event ids of <see cref="WebhookLog"/>'s lines, one per line.</summary>
internal static class WebhookLogEvents
{
    public const int Received = 1;

    public const int AlreadyProcessed = 2;

    public const int InProgress = 3;

    public const int Rejected = 4;

    public const int HandlerFailed = 5;

    public const int HandlerGaveUp = 6;

    public const int NotQueued = 7;

    public const int ClaimFailed = 8;

    public const int RecordFailed = 9;

    public const int NotHandledAtShutdown = 10;

    public const int Handled = 11;
}
