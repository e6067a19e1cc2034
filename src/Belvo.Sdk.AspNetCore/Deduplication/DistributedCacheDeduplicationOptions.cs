namespace Belvo.Sdk.AspNetCore;

/// <summary>Settings of <see cref="DistributedCacheWebhookDeduplicator"/>.</summary>
public sealed class DistributedCacheDeduplicationOptions
{
    /// <summary>
    /// Gets or sets the prefix of the cache keys (then the <c>webhook_id</c>). Give each environment sharing
    /// one cache its own. Default: <c>belvo:webhooks:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "belvo:webhooks:";

    /// <summary>
    /// Gets or sets how long a claim waits after writing itself before reading the key back to see whether
    /// another instance wrote after it. <c>IDistributedCache</c> has no atomic "add if absent", so two instances
    /// claiming the same webhook at once both write and the last writer wins; the wait must exceed the longest
    /// time between an instance's read and its write (one cache round trip, plus any pause of the process).
    /// Default: 100 milliseconds.
    /// </summary>
    public TimeSpan ClaimSettleDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}
