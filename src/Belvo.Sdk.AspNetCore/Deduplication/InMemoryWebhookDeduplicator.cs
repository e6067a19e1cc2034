namespace Belvo.Sdk.AspNetCore;

/// <summary>
/// De-duplication inside one process: a bounded map of <c>webhook_id</c>s whose entries expire on the given
/// <see cref="TimeProvider"/>. Past <c>capacity</c> the least recently touched id is forgotten (a redelivery of
/// it would run again), so memory stays bounded. The default of <c>AddBelvoWebhooks</c>; for several instances
/// use <see cref="DistributedCacheWebhookDeduplicator"/>.
/// </summary>
public sealed class InMemoryWebhookDeduplicator : IWebhookDeduplicator
{
    private readonly TimeProvider timeProvider;
    private readonly int capacity;
    private readonly Lock sync = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> byAge = new();

    /// <summary>Creates an empty de-duplicator.</summary>
    /// <param name="timeProvider">The clock that expires entries.</param>
    /// <param name="capacity">How many ids are remembered at most.</param>
    public InMemoryWebhookDeduplicator(TimeProvider timeProvider, int capacity)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.timeProvider = timeProvider;
        this.capacity = capacity;
    }

    /// <summary>Gets how many ids are remembered now, expired ones not yet dropped included.</summary>
    public int Count
    {
        get
        {
            lock (sync)
            {
                return entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<WebhookClaimResult> TryBeginAsync(string webhookId, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        var now = timeProvider.GetUtcNow();
        lock (sync)
        {
            DropExpired(now);
            if (entries.TryGetValue(webhookId, out var node))
            {
                if (node.Value.ExpiresAt > now)
                {
                    return ValueTask.FromResult(node.Value.Completed ? WebhookClaimResult.AlreadyProcessed : WebhookClaimResult.InProgress);
                }

                Remove(node);
            }

            while (entries.Count >= capacity)
            {
                Remove(byAge.First!);
            }

            Touch(webhookId, completed: false, now + lease);
            return ValueTask.FromResult(WebhookClaimResult.Claimed);
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string webhookId, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        var now = timeProvider.GetUtcNow();
        lock (sync)
        {
            if (entries.TryGetValue(webhookId, out var node))
            {
                Remove(node);
            }
            else if (entries.Count >= capacity)
            {
                Remove(byAge.First!);
            }

            Touch(webhookId, completed: true, now + retention);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask AbandonAsync(string webhookId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        lock (sync)
        {
            if (entries.TryGetValue(webhookId, out var node) && !node.Value.Completed)
            {
                Remove(node);
            }
        }

        return ValueTask.CompletedTask;
    }

    // Entries are ordered by when they were last written, so expired ones are usually at the front.
    private void DropExpired(DateTimeOffset now)
    {
        while (byAge.First is { } oldest && oldest.Value.ExpiresAt <= now)
        {
            Remove(oldest);
        }
    }

    private void Touch(string webhookId, bool completed, DateTimeOffset expiresAt) =>
        entries[webhookId] = byAge.AddLast(new Entry(webhookId, completed, expiresAt));

    private void Remove(LinkedListNode<Entry> node)
    {
        byAge.Remove(node);
        entries.Remove(node.Value.WebhookId);
    }

    private sealed record Entry(string WebhookId, bool Completed, DateTimeOffset ExpiresAt);
}
