namespace Belvo.Sdk.AspNetCore;

/// <summary>What <see cref="IWebhookDeduplicator.TryBeginAsync"/> found.</summary>
public enum WebhookClaimResult
{
    /// <summary>The caller now owns the webhook: run its handlers, then complete or abandon it.</summary>
    Claimed,

    /// <summary>Another delivery of it is being processed (here or on another instance) and not finished.</summary>
    InProgress,

    /// <summary>It was processed within the retention window: acknowledge it and do nothing.</summary>
    AlreadyProcessed,
}
