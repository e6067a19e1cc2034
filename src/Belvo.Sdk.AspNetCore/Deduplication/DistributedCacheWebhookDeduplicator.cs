using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.AspNetCore;

/// <summary>
/// De-duplication shared by every instance that uses the same <see cref="IDistributedCache"/> (for example
/// Redis through <c>AddStackExchangeRedisCache</c>), so a webhook delivered to two instances runs its handlers
/// once. A key per <c>webhook_id</c> holds either one instance's claim, expiring after the processing lease, or
/// a "processed" mark, expiring after the retention.
/// </summary>
/// <remarks>
/// <c>IDistributedCache</c> cannot add a key only if it is absent, so a claim is written, then read back after
/// <see cref="DistributedCacheDeduplicationOptions.ClaimSettleDelay"/>: of two instances claiming at once, only
/// the one whose write landed last reads its own claim back. Two instances can both win only if one of them
/// paused longer than that delay between reading the key and writing its claim.
/// </remarks>
public sealed class DistributedCacheWebhookDeduplicator : IWebhookDeduplicator
{
    private const string Processed = "processed";
    private const string ClaimPrefix = "claim:";

    private readonly IDistributedCache cache;
    private readonly TimeProvider timeProvider;
    private readonly DistributedCacheDeduplicationOptions options;
    private readonly ConcurrentDictionary<string, string> ownClaims = new(StringComparer.Ordinal);

    /// <summary>Creates the de-duplicator.</summary>
    /// <param name="cache">The cache every instance shares.</param>
    /// <param name="timeProvider">The clock of the claim's settle delay.</param>
    /// <param name="options">The key prefix and the settle delay.</param>
    public DistributedCacheWebhookDeduplicator(IDistributedCache cache, TimeProvider timeProvider, IOptions<DistributedCacheDeduplicationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        this.cache = cache;
        this.timeProvider = timeProvider;
        this.options = options.Value;
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.ClaimSettleDelay, TimeSpan.Zero);
    }

    /// <inheritdoc />
    public async ValueTask<WebhookClaimResult> TryBeginAsync(string webhookId, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        var key = Key(webhookId);
        if (Read(await cache.GetStringAsync(key, cancellationToken).ConfigureAwait(false)) is { } found)
        {
            return found;
        }

        var claim = ClaimPrefix + Guid.NewGuid().ToString("N");
        await cache.SetStringAsync(key, claim, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lease }, cancellationToken).ConfigureAwait(false);
        if (options.ClaimSettleDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.ClaimSettleDelay, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        var winner = await cache.GetStringAsync(key, cancellationToken).ConfigureAwait(false);
        if (winner == claim)
        {
            ownClaims[webhookId] = claim;
            return WebhookClaimResult.Claimed;
        }

        // Someone else wrote last (or completed it, or the key vanished): let Belvo retry later.
        return Read(winner) ?? WebhookClaimResult.InProgress;
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(string webhookId, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        await cache.SetStringAsync(Key(webhookId), Processed, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = retention }, cancellationToken).ConfigureAwait(false);
        ownClaims.TryRemove(webhookId, out _);
    }

    /// <inheritdoc />
    /// <remarks>Removes the key only while it still holds this instance's claim (read, then removed: not atomic).</remarks>
    public async ValueTask AbandonAsync(string webhookId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        if (!ownClaims.TryRemove(webhookId, out var claim))
        {
            return;
        }

        var key = Key(webhookId);
        if (await cache.GetStringAsync(key, cancellationToken).ConfigureAwait(false) == claim)
        {
            await cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    private static WebhookClaimResult? Read(string? value) => value switch
    {
        null => null,
        Processed => WebhookClaimResult.AlreadyProcessed,
        _ => WebhookClaimResult.InProgress,
    };

    private string Key(string webhookId) => options.KeyPrefix + webhookId;
}
