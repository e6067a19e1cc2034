using Belvo.Sdk.AspNetCore.Diagnostics;
using Belvo.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.AspNetCore.Processing;

/// <summary>
/// Runs the handlers of one accepted webhook, each in its own DI scope, with a time budget per attempt and
/// retries with a doubling back-off; then marks the webhook processed when every handler succeeded, or
/// releases its claim when one did not (or the host stopped first).
/// </summary>
internal sealed class WebhookDispatcher
{
    private readonly IReadOnlyList<WebhookHandlerRegistration> handlers;
    private readonly IServiceScopeFactory scopes;
    private readonly IWebhookDeduplicator deduplicator;
    private readonly BelvoWebhookOptions options;
    private readonly TimeProvider timeProvider;
    private readonly WebhookMetrics metrics;
    private readonly ILogger logger;

    public WebhookDispatcher(
        IEnumerable<WebhookHandlerRegistration> handlers,
        IServiceScopeFactory scopes,
        IWebhookDeduplicator deduplicator,
        IOptions<BelvoWebhookOptions> options,
        TimeProvider timeProvider,
        WebhookMetrics metrics,
        ILoggerFactory loggerFactory)
    {
        this.handlers = [.. handlers];
        this.scopes = scopes;
        this.deduplicator = deduplicator;
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.metrics = metrics;
        logger = loggerFactory.CreateLogger(WebhookLog.Category);
    }

    /// <summary>Handles one webhook; never throws.</summary>
    /// <param name="webhook">The accepted webhook, claimed in the de-duplicator.</param>
    /// <param name="stopping">Cancelled when the host's shutdown timeout runs out: running handlers are cancelled, nothing more starts.</param>
    public async Task DispatchAsync(BelvoWebhook webhook, CancellationToken stopping)
    {
        var mine = handlers.Where(h => h.Accepts(webhook)).ToList();
        var outcomes = stopping.IsCancellationRequested
            ? [false]
            : await Task.WhenAll(mine.Select(handler => RunAsync(handler, webhook, stopping))).ConfigureAwait(false);

        if (outcomes.All(succeeded => succeeded))
        {
            WebhookLog.Handled(logger, webhook.WebhookId, webhook.WebhookType.Value, webhook.WebhookCode.Value, mine.Count);
            await RecordAsync(webhook, completed: true).ConfigureAwait(false);
            return;
        }

        if (stopping.IsCancellationRequested)
        {
            WebhookLog.NotHandledAtShutdown(logger, webhook.WebhookId, webhook.WebhookType.Value, webhook.WebhookCode.Value);
        }

        await RecordAsync(webhook, completed: false).ConfigureAwait(false);
    }

    private async Task<bool> RunAsync(WebhookHandlerRegistration handler, BelvoWebhook webhook, CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            Exception failure;
            try
            {
                await AttemptAsync(handler, webhook, stopping).ConfigureAwait(false);
                return true;
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                failure = exception;
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return false;
            }

            metrics.HandlerFailed(webhook, handler.HandlerName);
            if (attempt >= options.MaxHandlerAttempts)
            {
                WebhookLog.HandlerGaveUp(logger, failure, handler.HandlerName, webhook.WebhookId, webhook.WebhookType.Value, webhook.WebhookCode.Value, attempt);
                return false;
            }

            var delay = options.RetryDelay * Math.Pow(2, attempt - 1);
            WebhookLog.HandlerFailed(logger, failure, handler.HandlerName, webhook.WebhookId, webhook.WebhookType.Value, webhook.WebhookCode.Value, attempt, options.MaxHandlerAttempts, delay);
            try
            {
                await Task.Delay(delay, timeProvider, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    private async Task AttemptAsync(WebhookHandlerRegistration handler, BelvoWebhook webhook, CancellationToken stopping)
    {
        using var budget = new CancellationTokenSource(options.HandlerTimeout, timeProvider);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, stopping);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            try
            {
                await handler.InvokeAsync(scope.ServiceProvider, webhook, attempt.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (budget.IsCancellationRequested && !stopping.IsCancellationRequested)
            {
                throw new TimeoutException($"The handler did not finish within HandlerTimeout ({options.HandlerTimeout}).", exception);
            }
        }
    }

    // The outcome is stored even while the host stops: CancellationToken.None.
    private async Task RecordAsync(BelvoWebhook webhook, bool completed)
    {
        try
        {
            if (completed)
            {
                await deduplicator.CompleteAsync(webhook.WebhookId, options.DeduplicationRetention, CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                await deduplicator.AbandonAsync(webhook.WebhookId, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            WebhookLog.RecordFailed(logger, exception, webhook.WebhookId);
        }
    }
}
