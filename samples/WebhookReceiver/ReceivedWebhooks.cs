using Belvo.Sdk.Webhooks;

namespace WebhookReceiver;

/// <summary>Every webhook the handlers got, and a wait for the three historical updates of one link.</summary>
public sealed class ReceivedWebhooks
{
    private static readonly Type[] History = [typeof(AccountsHistoricalUpdate), typeof(TransactionsHistoricalUpdate), typeof(OwnersHistoricalUpdate)];

    private readonly Lock sync = new();
    private readonly List<BelvoWebhook> received = [];
    private readonly List<(Guid LinkId, TaskCompletionSource Done)> waiters = [];

    public int Count
    {
        get
        {
            lock (sync)
            {
                return received.Count;
            }
        }
    }

    public void Add(BelvoWebhook webhook)
    {
        List<TaskCompletionSource> ready = [];
        lock (sync)
        {
            received.Add(webhook);
            foreach (var waiter in waiters.Where(w => HasHistory(w.LinkId)).ToList())
            {
                waiters.Remove(waiter);
                ready.Add(waiter.Done);
            }
        }

        ready.ForEach(done => done.TrySetResult());
    }

    /// <summary>Completes once the ACCOUNTS, TRANSACTIONS and OWNERS historical updates of the link have been handled.</summary>
    public Task WaitForHistoryAsync(Guid linkId, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            if (HasHistory(linkId))
            {
                return Task.CompletedTask;
            }

            waiters.Add((linkId, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    private bool HasHistory(Guid linkId) =>
        History.All(type => received.Any(w => w.LinkId == linkId && w.GetType() == type));
}
