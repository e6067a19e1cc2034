using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.AspNetCore.Processing;

/// <summary>
/// The endpoint's request handler: checks the Authorization header in constant time (401), reads the body as a
/// typed webhook (400, 413), claims its <c>webhook_id</c> (200 when already processed, 409 while in progress),
/// queues it for the handlers and answers 202 at once (503 when it cannot be queued, so Belvo retries).
/// </summary>
internal sealed class WebhookReceiver
{
    private readonly WebhookAuthorization authorization;
    private readonly IWebhookDeduplicator deduplicator;
    private readonly WebhookQueue queue;
    private readonly BelvoWebhookOptions options;
    private readonly WebhookMetrics metrics;
    private readonly ILogger logger;

    public WebhookReceiver(
        IWebhookDeduplicator deduplicator,
        WebhookQueue queue,
        IOptions<BelvoWebhookOptions> options,
        WebhookMetrics metrics,
        ILoggerFactory loggerFactory)
    {
        this.options = options.Value;
        authorization = new WebhookAuthorization(this.options.Authorization!);
        this.deduplicator = deduplicator;
        this.queue = queue;
        this.metrics = metrics;
        logger = loggerFactory.CreateLogger(WebhookLog.Category);
    }

    public async Task ReceiveAsync(HttpContext context)
    {
        var request = context.Request;
        if (!authorization.IsAuthorized(request.Headers.Authorization.ToString()))
        {
            Reject(context, StatusCodes.Status401Unauthorized, "the Authorization header is missing or is not the configured value");
            return;
        }

        if (request.ContentLength > options.MaxRequestBodySize)
        {
            Reject(context, StatusCodes.Status413PayloadTooLarge, $"the body is larger than MaxRequestBodySize ({options.MaxRequestBodySize} bytes)");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBodySize;
        }

        BelvoWebhook webhook;
        try
        {
            webhook = await BelvoWebhook.ParseAsync(request.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (WebhookFormatException exception)
        {
            Reject(context, StatusCodes.Status400BadRequest, exception.Message);
            return;
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Reject(context, StatusCodes.Status413PayloadTooLarge, $"the body is larger than MaxRequestBodySize ({options.MaxRequestBodySize} bytes)");
            return;
        }

        metrics.Received(webhook);
        WebhookLog.Received(logger, webhook.WebhookId, webhook.WebhookType.Value, webhook.WebhookCode.Value);
        context.Response.StatusCode = await AcceptAsync(webhook, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<int> AcceptAsync(BelvoWebhook webhook, CancellationToken cancellationToken)
    {
        WebhookClaimResult claim;
        try
        {
            claim = await deduplicator.TryBeginAsync(webhook.WebhookId, options.ProcessingLease, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            WebhookLog.ClaimFailed(logger, exception, webhook.WebhookId);
            return StatusCodes.Status503ServiceUnavailable;
        }

        switch (claim)
        {
            case WebhookClaimResult.AlreadyProcessed:
                metrics.Duplicate(webhook);
                WebhookLog.AlreadyProcessed(logger, webhook.WebhookId, webhook.WebhookType.Value, webhook.WebhookCode.Value);
                return StatusCodes.Status200OK;
            case WebhookClaimResult.InProgress:
                metrics.Duplicate(webhook);
                WebhookLog.InProgress(logger, webhook.WebhookId, webhook.WebhookType.Value, webhook.WebhookCode.Value);
                return StatusCodes.Status409Conflict;
        }

        var queued = false;
        try
        {
            queued = await queue.TryEnqueueAsync(webhook, options.EnqueueTimeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!queued)
            {
                await deduplicator.AbandonAsync(webhook.WebhookId, CancellationToken.None).ConfigureAwait(false);
            }
        }

        if (!queued)
        {
            WebhookLog.NotQueued(logger, webhook.WebhookId, webhook.WebhookType.Value, webhook.WebhookCode.Value);
            return StatusCodes.Status503ServiceUnavailable;
        }

        return StatusCodes.Status202Accepted;
    }

    private void Reject(HttpContext context, int statusCode, string reason)
    {
        metrics.Rejected(statusCode);
        WebhookLog.Rejected(logger, statusCode, reason);
        context.Response.StatusCode = statusCode;
    }
}
