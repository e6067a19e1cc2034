using Belvo.Sdk.AspNetCore;
using Belvo.Sdk.Webhooks;

namespace WebhookReceiver;

/// <summary>
/// Typed handlers: one class can handle several events. Each runs in the background after Belvo got its 202,
/// and may run more than once for one webhook (a failed attempt is retried), so real ones must be idempotent.
/// </summary>
public sealed class HistoryPrinter :
    IBelvoWebhookHandler<AccountsHistoricalUpdate>,
    IBelvoWebhookHandler<TransactionsHistoricalUpdate>,
    IBelvoWebhookHandler<OwnersHistoricalUpdate>
{
    public Task HandleAsync(AccountsHistoricalUpdate webhook, CancellationToken cancellationToken) =>
        Print(webhook, $"{webhook.TotalAccounts} account(s) loaded");

    public Task HandleAsync(TransactionsHistoricalUpdate webhook, CancellationToken cancellationToken) =>
        Print(webhook, $"{webhook.TotalTransactions} transaction(s) ({webhook.TotalInflowTransactions} in, {webhook.TotalOutflowTransactions} out) from {webhook.FirstTransactionDate:yyyy-MM-dd} to {webhook.LastTransactionDate:yyyy-MM-dd}");

    public Task HandleAsync(OwnersHistoricalUpdate webhook, CancellationToken cancellationToken) =>
        Print(webhook, $"{webhook.TotalOwners} owner(s) loaded");

    private static Task Print(BelvoWebhook webhook, string what)
    {
        Console.WriteLine($"  {webhook.GetType().Name,-30} link {webhook.LinkId}: {what}");
        return Task.CompletedTask;
    }
}

/// <summary>The catch-all: sees every webhook, including those no typed handler takes and unknown ones.</summary>
public sealed class EveryWebhook(ReceivedWebhooks received) : IBelvoWebhookHandler<BelvoWebhook>
{
    public Task HandleAsync(BelvoWebhook webhook, CancellationToken cancellationToken)
    {
        if (webhook is UnknownWebhook unknown)
        {
            Console.WriteLine($"  {"UnknownWebhook",-30} {unknown.WebhookType} / {unknown.WebhookCode}: {unknown.RawJson.Length} bytes kept");
        }

        received.Add(webhook);
        return Task.CompletedTask;
    }
}
