namespace Belvo.Sdk.Testing;

/// <summary>The webhooks the emulator has finished sending to <see cref="BelvoEmulatorOptions.WebhookUrl"/>, in completion order.</summary>
public sealed class EmulatorWebhooks
{
    private readonly Lock sync = new();
    private readonly List<WebhookDelivery> deliveries = [];
    private readonly List<(int Count, TaskCompletionSource<IReadOnlyList<WebhookDelivery>> Waiter)> waiters = [];

    internal EmulatorWebhooks()
    {
    }

    /// <summary>A copy of the finished deliveries (successful or given up).</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries
    {
        get
        {
            lock (sync)
            {
                return [.. deliveries];
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> deliveries have finished, with all of them.</summary>
    /// <param name="count">How many finished deliveries to wait for.</param>
    /// <param name="cancellationToken">Stops waiting (the task is then cancelled).</param>
    /// <returns>The finished deliveries at the time the count was reached.</returns>
    public Task<IReadOnlyList<WebhookDelivery>> WaitForDeliveriesAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var waiter = new TaskCompletionSource<IReadOnlyList<WebhookDelivery>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            if (deliveries.Count >= count)
            {
                return Task.FromResult<IReadOnlyList<WebhookDelivery>>([.. deliveries]);
            }

            waiters.Add((count, waiter));
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
            _ = waiter.Task.ContinueWith(_ => registration.Dispose(), TaskScheduler.Default);
        }

        return waiter.Task;
    }

    internal void Record(WebhookDelivery delivery)
    {
        List<(IReadOnlyList<WebhookDelivery> Snapshot, TaskCompletionSource<IReadOnlyList<WebhookDelivery>> Waiter)> ready = [];
        lock (sync)
        {
            deliveries.Add(delivery);
            foreach (var entry in waiters.Where(w => w.Count <= deliveries.Count).ToList())
            {
                waiters.Remove(entry);
                ready.Add(([.. deliveries], entry.Waiter));
            }
        }

        foreach (var (snapshot, waiter) in ready)
        {
            waiter.TrySetResult(snapshot);
        }
    }
}
