using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Fails its first <see cref="Failures"/> attempts per webhook, then records the webhook.</summary>
public sealed class Flakiness
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset> times = new();
    private int attempts;

    public int Failures { get; init; }

    public int Attempts => Volatile.Read(ref attempts);

    /// <summary>Gets when each attempt started, on the app's clock.</summary>
    public IReadOnlyList<DateTimeOffset> Times => [.. times];

    public int NextAttempt(TimeProvider clock)
    {
        times.Enqueue(clock.GetUtcNow());
        return Interlocked.Increment(ref attempts);
    }
}

public sealed class FlakyHandler(Flakiness flakiness, HandledWebhooks handled, TimeProvider clock) : IBelvoWebhookHandler<AccountsHistoricalUpdate>
{
    public Task HandleAsync(AccountsHistoricalUpdate webhook, CancellationToken cancellationToken)
    {
        var attempt = flakiness.NextAttempt(clock);
        if (attempt <= flakiness.Failures)
        {
            throw new InvalidOperationException($"attempt {attempt} fails on purpose");
        }

        handled.Add(nameof(FlakyHandler), webhook);
        return Task.CompletedTask;
    }
}

/// <summary>Never finishes on its own: it waits for its cancellation token (the handler timeout).</summary>
public sealed class HangingHandler(Flakiness flakiness, TimeProvider clock) : IBelvoWebhookHandler<AccountsHistoricalUpdate>
{
    public async Task HandleAsync(AccountsHistoricalUpdate webhook, CancellationToken cancellationToken)
    {
        flakiness.NextAttempt(clock);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
