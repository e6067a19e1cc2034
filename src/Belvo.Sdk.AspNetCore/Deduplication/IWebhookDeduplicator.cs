namespace Belvo.Sdk.AspNetCore;

/// <summary>
/// Remembers which webhooks are being processed or were processed, by <c>webhook_id</c>, so each runs its
/// handlers once per retention window even when Belvo retries it or delivers it to several instances. The
/// endpoint claims a webhook with <see cref="TryBeginAsync"/> before accepting it, then calls
/// <see cref="CompleteAsync"/> once every handler succeeded, or <see cref="AbandonAsync"/> when they did not
/// (or the webhook could not be queued), so that a later delivery runs them again.
/// </summary>
/// <remarks>
/// Built in: <see cref="InMemoryWebhookDeduplicator"/> (the default, one instance) and
/// <see cref="DistributedCacheWebhookDeduplicator"/> (a fleet sharing an <c>IDistributedCache</c> such as Redis).
/// Implementations must be thread-safe.
/// </remarks>
public interface IWebhookDeduplicator
{
    /// <summary>Claims a webhook for processing, unless it is already processed or in progress.</summary>
    /// <param name="webhookId">The webhook's <c>webhook_id</c>.</param>
    /// <param name="lease">How long the claim holds if it is never completed nor abandoned (the instance died).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether this caller now owns the webhook.</returns>
    ValueTask<WebhookClaimResult> TryBeginAsync(string webhookId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks a claimed webhook as processed, remembered for <paramref name="retention"/>.</summary>
    /// <param name="webhookId">The webhook's <c>webhook_id</c>.</param>
    /// <param name="retention">How long later deliveries of it are recognised as duplicates.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the mark is stored.</returns>
    ValueTask CompleteAsync(string webhookId, TimeSpan retention, CancellationToken cancellationToken);

    /// <summary>Releases a claim this caller holds, so that a later delivery of the webhook is processed again.</summary>
    /// <param name="webhookId">The webhook's <c>webhook_id</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the claim is released.</returns>
    ValueTask AbandonAsync(string webhookId, CancellationToken cancellationToken);
}
