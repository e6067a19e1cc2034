using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore;

/// <summary>
/// Handles Belvo webhooks of one event record type (or of a base record: <see cref="BelvoWebhook"/> itself
/// receives every webhook, known or <see cref="UnknownWebhook"/>). Register it with
/// <see cref="BelvoWebhooksBuilder.AddHandler{TWebhook, THandler}"/>. It runs in the background after Belvo was
/// answered, in its own DI scope, at least once per accepted webhook: a failing attempt is retried, so make it
/// idempotent (by <see cref="BelvoWebhook.WebhookId"/> or by what it writes).
/// </summary>
/// <typeparam name="TWebhook">The event record, for example <see cref="TransactionsHistoricalUpdate"/>.</typeparam>
public interface IBelvoWebhookHandler<in TWebhook>
    where TWebhook : BelvoWebhook
{
    /// <summary>Handles one webhook.</summary>
    /// <param name="webhook">The typed event.</param>
    /// <param name="cancellationToken">Cancelled when the attempt exceeds <see cref="BelvoWebhookOptions.HandlerTimeout"/> or the host's shutdown timeout runs out.</param>
    /// <returns>A task that completes when the webhook is handled; a fault or cancellation counts as a failed attempt.</returns>
    Task HandleAsync(TWebhook webhook, CancellationToken cancellationToken);
}
