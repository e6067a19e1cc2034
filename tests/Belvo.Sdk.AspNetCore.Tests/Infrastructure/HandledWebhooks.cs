using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>What the test handlers received, shared by every receiver app of a test; waits are bounded.</summary>
public sealed class HandledWebhooks
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Lock sync = new();
    private readonly List<(string Handler, BelvoWebhook Webhook)> handled = [];
    private readonly List<(Func<IReadOnlyList<(string Handler, BelvoWebhook Webhook)>, bool> Condition, TaskCompletionSource Done)> waiters = [];

    public IReadOnlyList<(string Handler, BelvoWebhook Webhook)> All
    {
        get
        {
            lock (sync)
            {
                return [.. handled];
            }
        }
    }

    public IReadOnlyList<BelvoWebhook> By(string handler) => [.. All.Where(h => h.Handler == handler).Select(h => h.Webhook)];

    public void Add(string handler, BelvoWebhook webhook)
    {
        List<TaskCompletionSource> ready = [];
        lock (sync)
        {
            handled.Add((handler, webhook));
            foreach (var waiter in waiters.Where(w => w.Condition(handled)).ToList())
            {
                waiters.Remove(waiter);
                ready.Add(waiter.Done);
            }
        }

        ready.ForEach(done => done.TrySetResult());
    }

    /// <summary>Waits until the condition holds on what was handled; fails the test after <see cref="Patience"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<(string Handler, BelvoWebhook Webhook)>, bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            if (condition(handled))
            {
                return;
            }

            waiters.Add((condition, done));
        }

        await done.Task.WaitAsync(Patience);
    }

    public Task WaitForCountAsync(int count) => WaitUntilAsync(h => h.Count >= count);
}
